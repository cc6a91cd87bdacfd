import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.Components

// While the screen is shared: a small window that stays on top at the bottom of the screen,
// as browsers show one, with Stop. Qt WebEngine 6.4 shares the whole first screen.
Window {
    id: indicator

    signal stopRequested()

    flags: Qt.Tool | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint | Qt.WindowDoesNotAcceptFocus
    width: content.implicitWidth + 24
    height: content.implicitHeight + 16
    x: Screen.virtualX + (Screen.width - width) / 2
    y: Screen.virtualY + Screen.height - height - 48
    color: Theme.card
    title: qsTr("Sharing your screen")

    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.color: Theme.danger
        border.width: 2
        radius: 6
    }
    RowLayout {
        id: content

        anchors.centerIn: parent
        spacing: 12
        Rectangle {
            width: 10
            height: 10
            radius: 5
            color: Theme.danger
        }
        Label {
            objectName: "sharingLabel"
            text: qsTr("You are sharing your screen")
        }
        Button {
            objectName: "stopSharingButton"
            text: qsTr("Stop")
            onClicked: indicator.stopRequested()
        }
    }
}
