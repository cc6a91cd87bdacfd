import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

Page {
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Settings")
    background: null

    Clock {
        id: clock
    }

    SignOutDialog {
        id: signOutDialog
        // The changes are listed at the top of this page.
        onOutboxRequested: scroll.ScrollBar.vertical.position = 0
    }

    ScrollView {
        id: scroll

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
                objectName: "outboxGroup"
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                title: qsTr("Sync and changes waiting to be sent")

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8

                    InfoRow {
                        Layout.fillWidth: true
                        label: qsTr("Connection")
                        value: Account.connection === Account.Online ? qsTr("Online")
                               : Account.connection === Account.Offline
                                 ? qsTr("Offline — showing data saved on this computer")
                                 : qsTr("Not signed in")
                    }
                    InfoRow {
                        Layout.fillWidth: true
                        label: qsTr("Last sync")
                        value: Account.ready && !isNaN(Account.sync.lastSyncedAt.getTime())
                               // Relative only: JavaScript dates would print in this machine's
                               // zone, not the account's zone every other time here uses.
                               ? clock.ago(Account.sync.lastSyncedAt)
                               : qsTr("Not yet since Companion started")
                    }
                    InfoRow {
                        Layout.fillWidth: true
                        visible: Account.ready && Account.sync.lastError.length > 0
                        label: qsTr("Last problem")
                        value: Account.ready ? Account.sync.lastError : ""
                    }
                    OutboxPanel {
                        objectName: "outboxPanel"
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                    }
                }
            }

            ViewCard {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
            }

            DesktopCard {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
            }

            LanguageCard {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
            }

            CalendarSubscriptionCard {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
            }

            GroupBox {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                Layout.bottomMargin: 32
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
                    ActionButton {
                        objectName: "signOutButton"
                        text: qsTr("Sign out")
                        // Changes still waiting: say what happens to them before anything goes.
                        onClicked: signOutDialog.waiting > 0 ? signOutDialog.open() : App.session.signOut()
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Signing out removes the saved sign-in from the keyring and this account's cached data. Changes waiting to be sent stay on this computer until you sign in again.")
                        opacity: 0.7
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
