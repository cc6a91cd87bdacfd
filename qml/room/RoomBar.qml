import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The thin native bar above a room: which session this is, what Companion has to say
// (a refused link, a page notification), and Leave / Open in browser.
Rectangle {
    id: bar

    required property RoomSession room
    signal leaveRequested()

    implicitHeight: row.implicitHeight + 12
    color: Theme.rail
    border.color: Theme.cardBorder

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 8
        spacing: 10

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "roomTitle"
                Layout.fillWidth: true
                text: bar.room.title
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                objectName: "roomNotice"
                Layout.fillWidth: true
                text: bar.room.notice.length > 0 ? bar.room.notice : bar.room.timeText
                color: bar.room.notice.length > 0 ? Theme.link : Theme.mutedText
                font.pixelSize: 12
                elide: Text.ElideRight
            }
        }
        Button {
            objectName: "openInBrowserButton"
            text: qsTr("Open in browser")
            flat: true
            visible: !bar.room.breakout
            enabled: bar.room.state !== RoomSession.Ended
            onClicked: bar.room.openInBrowser()
        }
        Button {
            objectName: "leaveButton"
            text: bar.room.breakout ? qsTr("Leave breakout") : qsTr("Leave")
            highlighted: true
            Material.accent: Theme.danger
            onClicked: bar.leaveRequested()
        }
    }
}
