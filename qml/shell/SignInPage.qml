import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Sign in to the platform. Shown whenever no session is live.
Page {
    id: page
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Sign in")

    readonly property bool busy: App.session.state === AuthSession.SigningIn
                                 || App.session.state === AuthSession.Restoring

    // Keyboard first: the email field has the focus whenever this page shows.
    onVisibleChanged: if (visible) email.forceActiveFocus()
    Component.onCompleted: if (visible) email.forceActiveFocus()

    function submit() {
        if (signInButton.enabled)
            App.session.signIn(email.text, password.text)
    }

    Pane {
        anchors.centerIn: parent
        width: Math.min(420, page.width - 48)
        padding: 32
        // A border, not elevation: the software renderer draws no shadows.
        background: Rectangle {
            radius: 8
            color: page.Material.theme === Material.Dark ? "#2b3134" : "#ffffff"
            border.color: page.Material.theme === Material.Dark ? "#48535a" : "#d5dcdf"
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 14

            Label {
                Layout.fillWidth: true
                text: qsTr("Sign in to Companion")
                font.pixelSize: 24
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Server: %1").arg(App.serverUrl)
                opacity: 0.7
                elide: Text.ElideMiddle
            }
            TextField {
                id: email
                objectName: "emailField"
                Layout.fillWidth: true
                placeholderText: qsTr("Email")
                Accessible.name: qsTr("Email")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                enabled: !page.busy
                onAccepted: password.forceActiveFocus()
            }
            TextField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                placeholderText: qsTr("Password")
                Accessible.name: qsTr("Password")
                // Qt 6.4 reports no name for a password edit, whatever is set (so that nothing
                // about it is read out); the description still says what the field is.
                Accessible.description: qsTr("Password")
                echoMode: TextInput.Password
                enabled: !page.busy
                onAccepted: page.submit()
            }
            Label {
                objectName: "signInError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: App.session.lastError
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            ActionButton {
                id: signInButton
                objectName: "signInButton"
                Layout.fillWidth: true
                text: page.busy ? qsTr("Signing in…") : qsTr("Sign in")
                highlighted: true
                enabled: !page.busy && email.text.trim().length > 0 && password.text.length > 0
                onClicked: page.submit()
            }
        }
    }
}
