pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Six weeks of the month: each day with the sessions that start on it (coloured like the
// week's cards, a session across midnight once), its bookable time left, and vacation,
// closed and date-override days tinted like the legend. Clicking a session opens it,
// "+N more" opens the whole day, clicking elsewhere in a day opens its week.
ColumnLayout {
    id: root

    required property CalendarController controller
    signal sessionClicked(string sessionId)
    // For tests: the day popup ("+N more").
    readonly property alias dayPopup: dayPopup

    spacing: 0

    function freeText(minutes) {
        return qsTr("%1 h free").arg(Math.round(minutes / 6) / 10)
    }
    // "09:00 Python for Data Analysis · Jonas Weber" (the teacher only when it is not you).
    function itemText(item) {
        return item.time + " " + item.title + (item.teacher.length > 0 ? " · " + item.teacher : "")
    }
    function itemColor(item) {
        return item.cancelled ? Theme.cancelledBorder : item.own ? Theme.ownCard : Theme.otherCard
    }
    function itemTip(item) {
        return [item.title, item.timeRange + (item.endsLater ? " " + qsTr("(next day)") : ""),
                item.own ? qsTr("You teach · %1").arg(item.detail) : item.detail,
                item.cancelled ? qsTr("Cancelled") : "",
                item.conflict ? qsTr("On your time off") : ""].filter(part => part.length > 0).join("\n")
    }
    function openDay(date, items) {
        dayPopup.date = date
        dayPopup.items = items
        dayPopup.open()
    }

    Row {
        Layout.fillWidth: true
        Repeater {
            model: 7
            delegate: Label {
                required property int index
                width: root.width / 7
                height: 28
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                // Monday first, named in the window's language (Locale: 0 = Sunday).
                text: Qt.locale().dayName((index + 1) % 7, Locale.ShortFormat)
                color: Theme.calendarMutedText
                font.weight: Font.DemiBold
            }
        }
    }

    Grid {
        id: cells
        Layout.fillWidth: true
        Layout.fillHeight: true
        columns: 7
        readonly property real cellWidth: width / 7
        readonly property real cellHeight: height / 6

        Repeater {
            model: root.controller.monthModel
            delegate: Rectangle {
                id: cell
                required property int index
                required property date date
                required property int dayNumber
                required property bool inMonth
                required property bool isToday
                required property bool isPast
                required property int sessionCount
                required property var items
                required property int availableMinutes
                required property int freeMinutes
                required property bool vacation
                required property bool closed
                required property bool fromOverride
                required property int conflictCount
                readonly property int lineHeight: 16
                // Lines for sessions under the day number; the last one says "+N more" when needed.
                readonly property int lines: Math.max(0, Math.floor((cell.height - 26) / cell.lineHeight))
                readonly property int shownCount: cell.items.length <= cell.lines ? cell.items.length
                                                                                 : Math.max(0, cell.lines - 1)
                readonly property string freeLabel: cell.vacation ? qsTr("Vacation")
                                                  : cell.closed ? qsTr("Closed")
                                                  : cell.freeMinutes > 0 ? root.freeText(cell.freeMinutes) : ""

                objectName: "monthCell_" + index
                function openWeek() {
                    root.controller.navigator.jumpTo(cell.date)
                    root.controller.navigator.view = "week"
                }
                // Tab reaches every day; Enter or Space opens its week, like a click.
                activeFocusOnTab: true
                Keys.onReturnPressed: openWeek()
                Keys.onEnterPressed: openWeek()
                Keys.onSpacePressed: openWeek()
                Accessible.role: Accessible.Button
                Accessible.name: [cell.date.toLocaleDateString(Qt.locale(), Locale.LongFormat),
                                  cell.sessionCount === 0 ? qsTr("no sessions")
                                  : cell.sessionCount === 1 ? qsTr("1 session") : qsTr("%1 sessions").arg(cell.sessionCount),
                                  cell.vacation ? qsTr("vacation") : cell.closed ? qsTr("closed")
                                  : cell.freeMinutes > 0 ? qsTr("%1 hours free").arg(Math.round(cell.freeMinutes / 6) / 10) : "",
                                  cell.conflictCount > 0 ? qsTr("%n session(s) on your time off", "", cell.conflictCount) : ""]
                                 .concat(Array.from(cell.items).map(item => root.itemText(item)))
                                 .filter(part => part.length > 0).join(", ")
                Accessible.description: qsTr("Opens this week.")
                width: cells.cellWidth
                height: cells.cellHeight
                // The legend's colours: hours from a date override yellow, weekly hours teal;
                // a day that is over has nothing left to book and no tint.
                color: cell.vacation ? Theme.vacation
                     : cell.closed ? Theme.closed
                     : cell.isPast || cell.availableMinutes === 0 ? "transparent"
                     : cell.fromOverride ? Theme.overrideAvailability : Theme.availability
                opacity: cell.inMonth ? 1 : 0.45
                border.color: Theme.gridLine
                border.width: 1

                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: cell.openWeek()
                }
                Rectangle {
                    anchors.fill: parent
                    visible: cell.isToday
                    color: "transparent"
                    border.color: Theme.today
                    border.width: 2
                }
                Rectangle {
                    objectName: "monthFocusRing_" + cell.index
                    anchors.fill: parent
                    anchors.margins: 2
                    visible: cell.activeFocus
                    radius: 3
                    color: "transparent"
                    border.color: Theme.focusRing
                    border.width: 3
                }

                Column {
                    x: 4
                    y: 4
                    width: parent.width - 8
                    height: parent.height - 8
                    spacing: 0
                    clip: true
                    RowLayout {
                        width: parent.width
                        height: 20
                        Label {
                            leftPadding: 2
                            text: cell.dayNumber
                            font.weight: cell.isToday ? Font.Bold : Font.Normal
                            color: cell.isToday ? Theme.today : Material.foreground
                        }
                        Label {
                            objectName: "monthFree_" + cell.index
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignRight
                            elide: Text.ElideRight
                            font.pixelSize: 11
                            color: cell.vacation ? Theme.vacationText : Theme.calendarMutedText
                            text: cell.freeLabel
                        }
                    }
                    Repeater {
                        model: cell.shownCount
                        delegate: Rectangle {
                            id: line
                            required property int index
                            readonly property var item: cell.items[line.index]
                            objectName: "monthItem_" + cell.index + "_" + line.index
                            width: parent.width
                            height: cell.lineHeight
                            radius: 3
                            color: lineMouse.containsMouse ? Theme.todayFill : "transparent"
                            Rectangle {
                                x: 1
                                anchors.verticalCenter: parent.verticalCenter
                                width: 4
                                height: parent.height - 4
                                radius: 2
                                color: root.itemColor(line.item)
                            }
                            // The start and the S-T's first name survive a narrow cell; the title
                            // gives way (the tooltip and the day popup have it whole).
                            Row {
                                x: 8
                                width: parent.width - 9
                                anchors.verticalCenter: parent.verticalCenter
                                Label {
                                    width: parent.width - teacherName.width
                                    text: (line.item.conflict ? "⚠ " : "") + line.item.time + " " + line.item.title
                                    elide: Text.ElideRight
                                    font.pixelSize: 11
                                    font.strikeout: line.item.cancelled
                                    color: line.item.conflict ? Theme.danger
                                         : line.item.cancelled ? Theme.cancelledText : Material.foreground
                                }
                                Label {
                                    id: teacherName
                                    visible: line.item.teacher.length > 0
                                    width: visible ? Math.min(implicitWidth, parent.width / 2) : 0
                                    text: " · " + line.item.teacher.split(" ")[0]
                                    elide: Text.ElideRight
                                    font.pixelSize: 11
                                    font.strikeout: line.item.cancelled
                                    color: line.item.cancelled ? Theme.cancelledText : Theme.calendarMutedText
                                }
                            }
                            MouseArea {
                                id: lineMouse
                                anchors.fill: parent
                                hoverEnabled: true
                                cursorShape: Qt.PointingHandCursor
                                onClicked: root.sessionClicked(line.item.id)
                            }
                            ToolTip.visible: lineMouse.containsMouse
                            ToolTip.delay: 400
                            ToolTip.text: root.itemTip(line.item)
                        }
                    }
                    Label {
                        id: more
                        objectName: "monthMore_" + cell.index
                        visible: cell.items.length > cell.shownCount
                        leftPadding: 8
                        height: cell.lineHeight
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("+%1 more").arg(cell.items.length - cell.shownCount)
                        font.pixelSize: 11
                        font.underline: moreMouse.containsMouse
                        color: Theme.calendarMutedText
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("%1 more sessions on %2").arg(cell.items.length - cell.shownCount)
                                         .arg(cell.date.toLocaleDateString(Qt.locale(), Locale.LongFormat))
                        MouseArea {
                            id: moreMouse
                            anchors.fill: parent
                            hoverEnabled: true
                            cursorShape: Qt.PointingHandCursor
                            onClicked: root.openDay(cell.date, cell.items)
                        }
                    }
                }
            }
        }
    }

    // One day's sessions in full, like Google Calendar's "+N more".
    Popup {
        id: dayPopup
        objectName: "monthDayPopup"
        property date date
        property var items: []
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, (parent ? parent.width : 420) - 40)
        height: Math.min(implicitHeight, (parent ? parent.height : 600) - 40)
        modal: true
        padding: 16
        background: Rectangle {
            radius: 6
            color: dayPopup.Material.dialogColor
            border.color: dayPopup.Material.dividerColor
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "monthDayTitle"
                    Layout.fillWidth: true
                    text: dayPopup.date.toLocaleDateString(Qt.locale(), Locale.LongFormat)
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Button {
                    objectName: "monthDayOpenWeek"
                    flat: true
                    text: qsTr("Open week")
                    onClicked: {
                        dayPopup.close()
                        root.controller.navigator.jumpTo(dayPopup.date)
                        root.controller.navigator.view = "week"
                    }
                }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: contentHeight
                clip: true
                spacing: 4
                model: dayPopup.items
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    id: entry
                    required property var modelData
                    required property int index
                    objectName: "monthDayItem_" + index
                    width: ListView.view.width
                    Accessible.name: root.itemTip(entry.modelData).split("\n").join(", ")
                    onClicked: {
                        dayPopup.close()
                        root.sessionClicked(entry.modelData.id)
                    }
                    contentItem: RowLayout {
                        spacing: 10
                        Rectangle {
                            Layout.preferredWidth: 5
                            Layout.fillHeight: true
                            radius: 2
                            color: root.itemColor(entry.modelData)
                        }
                        Label {
                            Layout.preferredWidth: 92
                            Layout.alignment: Qt.AlignTop
                            text: entry.modelData.timeRange
                            font.strikeout: entry.modelData.cancelled
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: entry.modelData.title
                                wrapMode: Text.Wrap
                                font.weight: Font.DemiBold
                                font.strikeout: entry.modelData.cancelled
                                color: entry.modelData.cancelled ? Theme.cancelledText : Material.foreground
                            }
                            Label {
                                Layout.fillWidth: true
                                text: entry.modelData.own ? qsTr("You teach · %1").arg(entry.modelData.detail)
                                                          : entry.modelData.detail
                                wrapMode: Text.Wrap
                                font.pixelSize: 12
                                color: Theme.calendarMutedText
                            }
                            Label {
                                visible: entry.modelData.conflict || entry.modelData.cancelled
                                Layout.fillWidth: true
                                text: entry.modelData.conflict ? qsTr("⚠ On your time off") : qsTr("Cancelled")
                                wrapMode: Text.Wrap
                                font.pixelSize: 12
                                color: entry.modelData.conflict ? Theme.danger : Theme.cancelledText
                            }
                        }
                    }
                }
            }
        }
    }
}
