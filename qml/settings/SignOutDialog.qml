import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App

// Sign-out when changes still wait to be sent: say what happens to them first.
Dialog {
    id: dialog

    readonly property int waiting: Account.ready ? Account.sync.pendingEdits + Account.sync.conflicts : 0

    signal outboxRequested

    objectName: "signOutDialog"
    title: qsTr("Sign out with changes waiting?")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 40 : 520)
    // Drawn here: the software renderer drops Material's elevation background.
    background: Rectangle {
        radius: 8
        color: dialog.Material.dialogColor
        border.color: dialog.Material.dividerColor
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            objectName: "signOutWaitingText"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: dialog.waiting === 1
                  ? qsTr("1 change you made is not on the server yet.")
                  : qsTr("%1 changes you made are not on the server yet.").arg(dialog.waiting)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("They stay on this computer and are sent the next time %1 signs in here. Nobody else who signs in on this computer sees or sends them.").arg(App.session.userEmail)
        }
    }

    footer: Pane {
        background: null
        RowLayout {
            anchors.fill: parent
            spacing: 8
            Button {
                objectName: "signOutReviewButton"
                text: qsTr("Review changes…")
                flat: true
                onClicked: {
                    dialog.close()
                    dialog.outboxRequested()
                }
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "signOutCancelButton"
                text: qsTr("Stay signed in")
                flat: true
                onClicked: dialog.reject()
            }
            Button {
                objectName: "signOutConfirmButton"
                text: qsTr("Sign out")
                highlighted: true
                onClicked: dialog.accept()
            }
        }
    }
    onAccepted: App.session.signOut()
}
