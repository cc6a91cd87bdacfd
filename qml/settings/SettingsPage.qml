import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

Page {
    background: null

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 20

            PageHeader {
                Layout.fillWidth: true
                Layout.margins: 32
                Layout.bottomMargin: 0
                title: qsTr("Settings")
            }

            GroupBox {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                title: qsTr("Account")

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8
                    InfoRow { Layout.fillWidth: true; label: qsTr("Name"); value: App.session.userName }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Email"); value: App.session.userEmail }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Role"); value: App.session.roleName }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Time zone"); value: App.session.timeZone }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Server"); value: App.serverUrl }
                    InfoRow {
                        Layout.fillWidth: true
                        label: qsTr("Sign-in stored in")
                        value: App.session.insecureTokenStore ? qsTr("a plain file (insecure; --insecure-token-store)")
                                                              : qsTr("the system keyring")
                    }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Profile folder"); value: App.profileDirectory }
                    Button {
                        objectName: "signOutButton"
                        text: qsTr("Sign out")
                        onClicked: App.session.signOut()
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Signing out removes the saved sign-in from the keyring and deletes this profile's cached data.")
                        opacity: 0.7
                        wrapMode: Text.WordWrap
                    }
                }
            }

            GroupBox {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                Layout.bottomMargin: 32
                title: qsTr("Appearance")

                Switch {
                    objectName: "darkThemeSwitch"
                    text: qsTr("Dark theme")
                    checked: App.darkTheme
                    onToggled: App.darkTheme = checked
                }
            }
        }
    }
}
