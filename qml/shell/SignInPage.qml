import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Sign in to the platform. Shown whenever no session is live. On a first run (no server
// remembered for this profile) it asks for the platform's address first.
Page {
    id: page
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Sign in")

    readonly property bool busy: App.session.state === AuthSession.SigningIn
                                 || App.session.state === AuthSession.Restoring

    // Keyboard first: the field of the step shown has the focus whenever this page shows.
    function focusStep() {
        if (App.askingServer)
            serverField.forceActiveFocus()
        else
            email.forceActiveFocus()
    }
    onVisibleChanged: if (visible) focusStep()
    Component.onCompleted: if (visible) focusStep()

    Connections {
        target: App
        function onServerChanged() {
            if (page.visible)
                page.focusStep()
        }
    }

    function submit() {
        if (signInButton.enabled)
            App.session.signIn(email.text, password.text)
    }

    // The password never outlives a failed sign-in or a sign-out.
    Connections {
        target: App.session
        function onStateChanged() {
            if (App.session.state === AuthSession.SignedOut)
                password.text = ""
        }
        function onLastErrorChanged() {
            if (App.session.lastError.length > 0)
                password.text = ""
        }
    }

    Pane {
        anchors.centerIn: parent
        width: Math.min(440, page.width - 48)
        padding: 32
        // Two steps in one pane: it takes the size of the one shown.
        contentHeight: App.askingServer ? serverStep.implicitHeight : credentialsStep.implicitHeight
        // A border, not elevation: the software renderer draws no shadows.
        background: Rectangle {
            radius: 8
            color: page.Material.theme === Material.Dark ? "#2b3134" : "#ffffff"
            border.color: page.Material.theme === Material.Dark ? "#48535a" : "#d5dcdf"
        }

        // Step 1 (first run, or "Change"): the platform's address.
        ColumnLayout {
            id: serverStep

            objectName: "serverStep"
            anchors.fill: parent
            spacing: 14
            visible: App.askingServer

            Label {
                Layout.fillWidth: true
                text: qsTr("Welcome to Companion")
                font.pixelSize: 24
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Which platform do you teach on? Enter its address; your course creator or the platform's welcome e-mail has it.")
                wrapMode: Text.WordWrap
                opacity: 0.8
            }
            TextField {
                id: serverField
                objectName: "serverField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. https://platform.example.org")
                Accessible.name: qsTr("Platform address")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                enabled: !App.checkingServer
                onAccepted: serverButton.clicked()
            }
            Label {
                objectName: "serverError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: App.serverError
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            ActionButton {
                id: serverButton
                objectName: "serverContinueButton"
                Layout.fillWidth: true
                text: App.checkingServer ? qsTr("Checking…") : qsTr("Continue")
                highlighted: true
                enabled: !App.checkingServer && serverField.text.trim().length > 0
                onClicked: App.chooseServer(serverField.text)
            }
        }

        // Step 2: e-mail and password.
        ColumnLayout {
            id: credentialsStep

            objectName: "credentialsStep"
            anchors.fill: parent
            spacing: 14
            visible: !App.askingServer

            Label {
                Layout.fillWidth: true
                text: qsTr("Sign in to Companion")
                font.pixelSize: 24
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label {
                    objectName: "serverLabel"
                    Layout.fillWidth: true
                    text: qsTr("Platform: %1").arg(App.serverUrl)
                    opacity: 0.7
                    elide: Text.ElideMiddle
                }
                LinkButton {
                    objectName: "changeServerButton"
                    text: qsTr("Change")
                    enabled: !page.busy
                    onClicked: {
                        serverField.text = App.serverUrl
                        App.changeServer()
                    }
                }
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
            RowLayout {
                Layout.fillWidth: true
                visible: App.resetPasswordUrl.length > 0 || App.signUpUrl.length > 0
                LinkButton {
                    objectName: "resetPasswordLink"
                    visible: App.resetPasswordUrl.length > 0
                    text: qsTr("Forgot your password?")
                    onClicked: Qt.openUrlExternally(App.resetPasswordUrl)
                }
                Item {
                    Layout.fillWidth: true
                }
                LinkButton {
                    objectName: "signUpLink"
                    visible: App.signUpUrl.length > 0
                    text: qsTr("Create an account")
                    onClicked: Qt.openUrlExternally(App.signUpUrl)
                }
            }
        }
    }
}
