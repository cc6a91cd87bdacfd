pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App

// The month's sessions as a list, one section per day, in the viewer's zone.
ListView {
    id: list

    required property CalendarController controller
    required property CalendarPalette colors
    signal sessionClicked(string sessionId)

    objectName: "agendaList"
    clip: true
    spacing: 4
    model: list.controller.agendaModel
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }
    keyNavigationEnabled: true

    section.property: "dateLabel"
    AgendaSectionHeader {
        id: sectionHeaders
    }
    section.delegate: sectionHeaders.header

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string timeRange
        required property string title
        required property string detail
        required property string status
        required property bool cancelled
        required property bool own
        required property string entryId
        required property bool isToday

        objectName: "agendaRow_" + row.index
        width: ListView.view.width
        height: 52
        highlighted: ListView.isCurrentItem
        onClicked: list.sessionClicked(row.entryId)
        background: Rectangle {
            radius: 6
            color: row.hovered || row.highlighted ? list.colors.todayFill : list.colors.panel
            border.color: row.isToday ? list.colors.today : list.colors.panelBorder
        }
        contentItem: RowLayout {
            spacing: 12
            Rectangle {
                Layout.preferredWidth: 6
                Layout.fillHeight: true
                radius: 3
                color: row.cancelled ? list.colors.cancelledBorder : row.own ? list.colors.ownCard : list.colors.otherCard
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
                    color: row.cancelled ? list.colors.cancelledText : Material.foreground
                }
                Label {
                    Layout.fillWidth: true
                    text: row.detail
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    color: list.colors.mutedText
                }
            }
            Label {
                text: row.cancelled ? qsTr("Cancelled") : row.status === "no_show" ? qsTr("No-show")
                    : row.status === "completed" ? qsTr("Completed") : qsTr("Scheduled")
                color: row.cancelled ? list.colors.cancelledText : list.colors.mutedText
                font.pixelSize: 12
            }
        }
    }
}
