import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// What the room shows instead of a blank page: opening, or why it could not open, with Retry.
Rectangle {
    id: problem

    required property RoomSession room
    signal closeRequested()

    color: Theme.card

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        spacing: 14

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: problem.room.state === RoomSession.Joining
            visible: running
        }
        Label {
            objectName: "roomProblemTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: 20
            font.weight: Font.DemiBold
            text: problem.room.state === RoomSession.Joining ? qsTr("Opening the room…")
                  : problem.room.state === RoomSession.Ended ? qsTr("Session ended")
                  : qsTr("The room could not open")
        }
        Label {
            objectName: "roomProblemText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            visible: text.length > 0
            text: problem.room.state === RoomSession.Failed ? problem.room.problem : ""
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 12
            visible: problem.room.state === RoomSession.Failed
            Button {
                objectName: "roomRetryButton"
                text: qsTr("Retry")
                highlighted: true
                visible: problem.room.canRetry
                onClicked: problem.room.connectRoom()
            }
            Button {
                objectName: "roomCloseButton"
                text: qsTr("Close")
                onClicked: problem.closeRequested()
            }
        }
    }
}
