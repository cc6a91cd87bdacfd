pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App

// "Cancel session…": says who is affected (the students by name once the platform has said,
// else how many are booked) and what happens to them, asks why, then queues the cancel in the
// outbox: online it is sent at once, offline when the platform is back.
Dialog {
    id: dialog
    // Takes the keyboard focus when open, so Escape closes it and Tab stays inside.
    focus: true

    property string sessionId
    property string courseTitle
    property string whenText
    property int bookedSeats
    property bool withinNotice: false
    readonly property string studentNames: detail.enrolledNames

    function ask(sessionId, courseTitle, whenText, bookedSeats) {
        dialog.sessionId = sessionId
        dialog.courseTitle = courseTitle
        dialog.whenText = whenText
        dialog.bookedSeats = bookedSeats
        dialog.withinNotice = Account.withinMinimumNotice(sessionId)
        reasonField.text = ""
        messageField.text = ""
        error.text = ""
        detail.sessionId = sessionId
        open()
    }

    // Tests and the keyboard: the same as pressing "Cancel session".
    function confirm() {
        if (reasonField.text.trim().length === 0) {
            error.text = qsTr("Say why: your students read it.")
            reasonField.forceActiveFocus()
            return
        }
        Account.cancelSession(dialog.sessionId, reasonField.text, messageField.text)
    }

    objectName: "cancelSessionDialog"
    title: qsTr("Cancel %1?").arg(dialog.courseTitle)
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(540, parent ? parent.width - 40 : 540)
    padding: 20
    background: Rectangle {
        radius: 8
        color: Theme.card
        border.color: Theme.cardBorder
    }
    header: Label {
        text: dialog.title
        padding: 20
        bottomPadding: 4
        font.pixelSize: 18
        font.weight: Font.DemiBold
        elide: Label.ElideRight
        color: Theme.strongText
    }

    SessionDetailController {
        id: detail
    }
    Connections {
        target: Account
        function onCancelQueued(sessionId, queued, message) {
            if (sessionId !== dialog.sessionId)
                return
            if (queued)
                dialog.close()
            else
                error.text = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            Layout.fillWidth: true
            text: dialog.whenText
            color: Theme.mutedText
        }
        Label {
            objectName: "cancelStudents"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.studentNames.length > 0
                  ? qsTr("Booked: %1. Each is refunded in full and gets an email with your reason and message.")
                        .arg(dialog.studentNames)
                  : dialog.bookedSeats === 0 ? qsTr("Nobody has booked it yet.")
                  : qsTr("%n student(s) booked it. Each is refunded in full and gets an email with your reason and message.",
                         "", dialog.bookedSeats)
        }
        Label {
            objectName: "cancelNoticeWarning"
            Layout.fillWidth: true
            visible: dialog.withinNotice && dialog.bookedSeats > 0
            wrapMode: Text.Wrap
            color: Theme.danger
            text: qsTr("This is shorter notice than your offering asks of students: they may have planned around it. You can still cancel.")
        }
        Label {
            text: qsTr("Why (your students read it)")
        }
        TextField {
            id: reasonField
            objectName: "cancelReasonField"
            Layout.fillWidth: true
            maximumLength: 500
            placeholderText: qsTr("e.g. I am ill")
            Accessible.name: qsTr("Reason for cancelling")
            onAccepted: dialog.confirm()
        }
        Label {
            text: qsTr("A message to your students (optional)")
        }
        TextArea {
            id: messageField
            objectName: "cancelMessageField"
            Layout.fillWidth: true
            Layout.preferredHeight: 80
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("e.g. Sorry! Book another time and I'll add ten minutes.")
            Accessible.name: qsTr("Message to your students")
        }
        Label {
            id: error
            objectName: "cancelError"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        Label {
            Layout.fillWidth: true
            visible: Account.connection !== Account.Online
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("You are offline: the cancel waits on this computer and is sent once the platform is reachable.")
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 8
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "keepSessionButton"
                text: qsTr("Keep the session")
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: "confirmCancelButton"
                primary: true
                text: qsTr("Cancel session")
                onClicked: dialog.confirm()
            }
        }
    }
}
