pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App

// "Cancel session…" in a session view, for the teacher or the course's creator while the
// session has not started; afterwards, while the cancel waits in the outbox, says so.
ColumnLayout {
    id: control

    required property string sessionId
    property string courseTitle
    property string whenText
    // Account's answers follow its sessions and its queued cancels.
    property int revision: 0
    readonly property bool canCancel: revision >= 0 && control.sessionId.length > 0
                                      && Account.canCancel(control.sessionId)
    readonly property bool pending: revision >= 0 && Account.cancelPending(control.sessionId)
    readonly property alias dialog: cancelDialog

    spacing: 4
    visible: canCancel || pending

    Connections {
        target: Account
        function onSessionsChanged() { control.revision++ }
        function onCancellingChanged() { control.revision++ }
    }

    ActionButton {
        objectName: "cancelSessionButton"
        visible: control.canCancel
        text: qsTr("Cancel session…")
        Accessible.description: qsTr("Cancels this session: the students are refunded and told by email.")
        onClicked: cancelDialog.ask(control.sessionId, control.courseTitle, control.whenText,
                                    Account.bookedSeats(control.sessionId))
    }
    Label {
        objectName: "cancelPendingLabel"
        Layout.fillWidth: true
        visible: control.pending
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: Account.connection === Account.Online
              ? qsTr("Cancelling: the platform refunds and tells the students.")
              : qsTr("Cancel waiting to be sent: it goes out once the platform is reachable.")
    }

    CancelSessionDialog {
        id: cancelDialog
    }
}
