pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The month's sessions as a list in the viewer's zone, a day header above each day's
// first row. (Headers are part of the row, not ListView sections: Qt 6.4 reuses section
// items without updating their required `section` property.)
ListView {
    id: list

    required property CalendarController controller
    signal sessionClicked(string sessionId)

    objectName: "agendaList"
    clip: true
    spacing: 4
    model: list.controller.agendaModel
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }
    keyNavigationEnabled: true

    // Start on a whole row: when the list is scrolled to its end and a row is cut at the
    // top, scroll on to the next row, with that much room added below the last one.
    function alignTop() {
        const top = list.itemAt(10, list.contentY + 1)
        if (top && top.y < list.contentY) {
            const next = top.y + top.height + list.spacing
            list.bottomMargin = next - list.contentY
            list.contentY = next
        }
    }

    // Open at today's sessions when the month shown is the current one.
    Connections {
        target: list.model as QtObject
        function onModelReset() {
            list.bottomMargin = 0
            const row = list.controller.agendaModel.startRow()
            if (row >= 0) {
                list.currentIndex = row
                list.positionViewAtIndex(row, ListView.Beginning)
                // Near the end the list cannot scroll that far: never start on half a row.
                Qt.callLater(list.alignTop)
            }
        }
    }

    delegate: Column {
        id: row

        required property int index
        required property string dateLabel
        required property bool firstOfDay
        required property string timeRange
        required property string title
        required property string detail
        required property string status
        required property bool cancelled
        required property bool own
        required property string entryId
        required property bool isToday
        readonly property string statusText: row.cancelled ? qsTr("Cancelled") : row.status === "no_show" ? qsTr("No-show")
                                             : row.status === "completed" ? qsTr("Completed") : qsTr("Scheduled")

        width: ListView.view.width
        spacing: 0

        Label {
            objectName: "agendaDay_" + row.index
            visible: row.firstOfDay
            width: parent.width
            topPadding: row.index === 0 ? 0 : 14
            bottomPadding: 6
            text: row.isToday ? qsTr("%1 · today").arg(row.dateLabel) : row.dateLabel
            font.weight: Font.DemiBold
            color: row.isToday ? Theme.today : Theme.calendarMutedText
        }

        ItemDelegate {
            id: card
            objectName: "agendaRow_" + row.index
            width: parent.width
            height: 52
            highlighted: row.ListView.isCurrentItem
            onClicked: list.sessionClicked(row.entryId)
            Accessible.name: qsTr("%1, %2, %3, %4, %5").arg(row.title).arg(row.dateLabel)
                             .arg(qsTr("%1 to %2").arg(row.timeRange.split("–")[0]).arg(row.timeRange.split("–")[1] ?? ""))
                             .arg(row.own ? qsTr("you teach, %1").arg(row.detail) : row.detail).arg(row.statusText)
            Accessible.description: qsTr("Opens the session's details.")
            background: Rectangle {
                radius: 6
                color: card.hovered || card.highlighted ? Theme.todayFill : Theme.panel
                border.color: card.visualFocus ? Theme.focusRing : row.isToday ? Theme.today : Theme.panelBorder
                border.width: card.visualFocus ? 2 : 1
            }
            contentItem: RowLayout {
                spacing: 12
                Rectangle {
                    Layout.preferredWidth: 6
                    Layout.fillHeight: true
                    radius: 3
                    color: row.cancelled ? Theme.cancelledBorder : row.own ? Theme.ownCard : Theme.otherCard
                }
                Label {
                    Layout.preferredWidth: 96
                    text: row.timeRange
                    font.strikeout: row.cancelled
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.title
                        elide: Text.ElideRight
                        font.weight: Font.DemiBold
                        font.strikeout: row.cancelled
                        color: row.cancelled ? Theme.cancelledText : Material.foreground
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.detail
                        elide: Text.ElideRight
                        font.pixelSize: 12
                        color: Theme.calendarMutedText
                    }
                }
                Label {
                    text: row.statusText
                    color: row.cancelled ? Theme.cancelledText : Theme.calendarMutedText
                    font.pixelSize: 12
                }
            }
        }
    }
}
