import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Window
import Companion.App
import Companion.Components

// A session room's own window: titled with the course and the time, the bar with Leave and
// Open in browser, the page (RoomView), and instead of a blank view a clear page while it
// opens or when it cannot. Its size is remembered; fullscreen follows the page's button.
Window {
    id: roomWindow

    required property RoomSession room
    readonly property alias view: view
    property bool leaving: false

    function leave() {
        if (roomWindow.leaving)
            return
        roomWindow.leaving = true
        Rooms.saveGeometry(Qt.rect(roomWindow.x, roomWindow.y, roomWindow.width, roomWindow.height))
        view.stopSharing()
        view.release()
        leaveTimer.start()
    }

    title: room.timeText.length > 0 ? qsTr("%1 · %2").arg(room.title).arg(room.timeText) : room.title
    width: 1100
    height: 760
    minimumWidth: 640
    minimumHeight: 420
    color: Theme.card
    visible: true
    // A window of its own: the app's theme and accent, as the main window has them.
    Material.theme: App.darkTheme ? Material.Dark : Material.Light
    Material.accent: Theme.accent

    Component.onCompleted: {
        const saved = Rooms.savedGeometry()
        if (saved.width > 0 && !room.breakout) {
            roomWindow.x = saved.x
            roomWindow.y = saved.y
            roomWindow.width = saved.width
            roomWindow.height = saved.height
        }
    }
    // Closing the window leaves the room the same way the Leave button does.
    onClosing: close => {
        if (!roomWindow.leaving) {
            close.accepted = false
            roomWindow.leave()
        }
    }

    Shortcut {
        sequences: ["F5", "Ctrl+R"]
        onActivated: roomWindow.room.connectRoom()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RoomBar {
            Layout.fillWidth: true
            room: roomWindow.room
            visible: roomWindow.visibility !== Window.FullScreen
            onLeaveRequested: roomWindow.leave()
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            RoomView {
                id: view

                objectName: "roomView"
                anchors.fill: parent
                room: roomWindow.room
                visible: roomWindow.room.state === RoomSession.Open
                onFullScreenToggled: on => roomWindow.visibility = on ? Window.FullScreen : Window.Windowed
            }
            RoomProblem {
                objectName: "roomProblem"
                anchors.fill: parent
                room: roomWindow.room
                visible: roomWindow.room.state !== RoomSession.Open
                onCloseRequested: roomWindow.leave()
            }
        }
    }

    SharingIndicator {
        visible: roomWindow.room.sharingScreen && !roomWindow.leaving
        onStopRequested: view.stopSharing()
    }

    // The page unloads (its pagehide says it left), then the window goes.
    Timer {
        id: leaveTimer

        interval: 700
        onTriggered: roomWindow.close()
    }
}
