pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Six weeks of the month: each day with its sessions (first few, then "+N more"),
// availability shaded and vacation / closed days marked. Clicking a day opens its week.
ColumnLayout {
    id: root

    required property CalendarController controller
    spacing: 0

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
                required property int sessionCount
                required property var firstItems
                required property int moreCount
                required property int availableMinutes
                required property bool vacation
                required property bool closed
                readonly property int fits: Math.max(0, Math.floor((cell.height - 26) / 15) - (cell.moreCount > 0 ? 1 : 0))
                readonly property var shown: cell.firstItems.slice(0, Math.min(cell.fits, cell.firstItems.length))

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
                                  : cell.availableMinutes > 0 ? qsTr("%1 hours free").arg(Math.round(cell.availableMinutes / 6) / 10) : ""]
                                 .concat(Array.from(cell.firstItems)).filter(part => part.length > 0).join(", ")
                Accessible.description: qsTr("Opens this week.")
                width: cells.cellWidth
                height: cells.cellHeight
                color: cell.vacation ? Theme.vacation
                     : cell.closed ? Theme.closed
                     : cell.availableMinutes > 0 ? Theme.availability : "transparent"
                opacity: cell.inMonth ? 1 : 0.45
                border.color: Theme.gridLine
                border.width: 1

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
                    x: 6
                    y: 4
                    width: parent.width - 12
                    height: parent.height - 8
                    spacing: 1
                    clip: true
                    RowLayout {
                        width: cell.width - 12
                        Label {
                            text: cell.dayNumber
                            font.weight: cell.isToday ? Font.Bold : Font.Normal
                            color: cell.isToday ? Theme.today : Material.foreground
                        }
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignRight
                            elide: Text.ElideRight
                            font.pixelSize: 11
                            color: cell.vacation ? Theme.vacationText : Theme.calendarMutedText
                            text: cell.vacation ? qsTr("Vacation")
                                : cell.closed ? qsTr("Closed")
                                : cell.availableMinutes > 0 ? qsTr("%1 h free").arg(Math.round(cell.availableMinutes / 6) / 10) : ""
                        }
                    }
                    Repeater {
                        model: cell.shown
                        delegate: Label {
                            required property string modelData
                            width: cell.width - 12
                            text: modelData
                            elide: Text.ElideRight
                            font.pixelSize: 11
                        }
                    }
                    Label {
                        visible: cell.sessionCount > cell.shown.length
                        width: cell.width - 12
                        text: qsTr("+%1 more").arg(cell.sessionCount - cell.shown.length)
                        font.pixelSize: 11
                        color: Theme.calendarMutedText
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: cell.openWeek()
                }
            }
        }
    }
}
