import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App

// Join, wherever a session appears: enabled from the join window (a setting) before the
// start until the end, online, for a session that is not cancelled, and always saying why
// not. A second click while the room opens does nothing.
RowLayout {
    id: join

    property string sessionId: ""
    property int tick: 0
    readonly property int joinState: {
        join.tick // re-evaluated on the timer and when the sessions or the connection change
        return Rooms.joinStateOf(join.sessionId)
    }
    readonly property bool joining: Rooms.joiningSessionId === join.sessionId

    visible: join.sessionId !== "" && join.joinState >= 0
    spacing: 12

    Timer {
        interval: 15000
        repeat: true
        running: join.visible
        onTriggered: join.tick += 1
    }
    Connections {
        target: Account
        function onSessionsChanged() { join.tick += 1 }
        function onConnectionChanged() { join.tick += 1 }
    }
    Connections {
        target: ViewSettings
        function onChanged() { join.tick += 1 }
    }

    ActionButton {
        objectName: "joinButton"
        text: join.joining ? qsTr("Joining…") : qsTr("Join")
        highlighted: true
        enabled: join.joinState === Rooms.Open && !join.joining
        onClicked: Rooms.join(join.sessionId)
    }
    Label {
        objectName: "joinHint"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        text: Rooms.joinHint(join.joinState)
    }
}
