import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQml.Models
import Companion.App
import Companion.Home
import Companion.Calendar
import Companion.Bookings
import Companion.Earnings
import Companion.Payouts
import Companion.Feed
import Companion.Settings

ApplicationWindow {
    id: window

    readonly property bool signedIn: Account.connection !== Account.SignedOut

    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 560
    visible: true
    title: signedIn ? qsTr("Companion — %1").arg(App.session.userName) : qsTr("Companion")

    // A session asked for by a companion:// link or a notification, shown once the
    // account's sessions are read (a cold start from a link comes before them).
    property string pendingSessionId: ""
    readonly property alias linkedSessionDetails: linkedSession

    function showPendingSession() {
        if (pendingSessionId === "" || !Account.ready)
            return
        linkedSession.show(pendingSessionId)
        if (linkedSession.session.id !== undefined || Account.settled)
            pendingSessionId = ""
    }

    // With the tray kept (a setting, and only where a tray host exists), closing the window
    // hides it and Companion keeps reminding.
    onClosing: close => {
        if (DesktopSettings.keepInTray && DesktopSettings.trayAvailable) {
            close.accepted = false
            window.hide()
        }
    }

    Material.theme: App.darkTheme ? Material.Dark : Material.Light
    Material.accent: Material.Teal
    Material.primary: Material.BlueGrey

    SignInPage {
        anchors.fill: parent
        visible: !window.signedIn
    }

    RowLayout {
        anchors.fill: parent
        visible: window.signedIn
        spacing: 0

        NavigationRail {
            Layout.fillHeight: true
            Layout.preferredWidth: 240
            onOutboxRequested: outboxDialog.open()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            StatusBanner {
                Layout.fillWidth: true
                visible: App.session.state === AuthSession.Offline
                text: qsTr("Offline: showing what was saved on this computer. %1").arg(App.session.lastError)
            }

            // The platform's emails do not reach this person: reminders and receipts are lost.
            StatusBanner {
                objectName: "emailStatusBanner"
                Layout.fillWidth: true
                visible: App.session.emailStatus === "bounced" || App.session.emailStatus === "failed"
                         || App.session.emailStatus === "complained"
                tone: "danger"
                text: App.session.emailStatus === "complained"
                      ? qsTr("An email from the platform to %1 was marked as spam, so reminders and receipts are no longer sent there. Mark one as “not spam” in your mailbox, or change your address on the platform's website.").arg(App.session.userEmail)
                      : qsTr("Emails to %1 cannot be delivered, so you get no reminders or receipts. Check the address with your email provider, or change it on the platform's website.").arg(App.session.userEmail)
            }

            StatusBanner {
                objectName: "conflictBanner"
                Layout.fillWidth: true
                visible: Account.ready && Account.sync.conflicts > 0
                tone: "danger"
                text: qsTr("%n availability edit(s) conflict with changes made elsewhere. Nothing is lost: choose which version to keep.",
                           "", Account.ready ? Account.sync.conflicts : 0)
                actionText: qsTr("Resolve…")
                onActionTriggered: outboxDialog.open()
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: App.currentPageIndex

                HomePage {}
                CalendarPage {}
                BookingsPage {}
                EarningsPage {}
                PayoutsPage {}
                FeedPage {}
                SettingsPage {}
            }
        }
    }

    Connections {
        target: App
        function onRaiseRequested() {
            window.show()
            window.raise()
            window.requestActivate()
        }
        function onSessionRequested(sessionId, join) {
            window.pendingSessionId = sessionId
            window.showPendingSession()
        }
    }
    Connections {
        target: Account
        function onSessionsChanged() { window.showPendingSession() }
        function onSettledChanged() { window.showPendingSession() }
    }

    CalendarController {
        id: linkLookup
    }
    SessionDetails {
        id: linkedSession
        controller: linkLookup
    }

    // Not an Item, so an Instantiator rather than a Loader.
    Instantiator {
        active: DesktopSettings.trayAvailable
        delegate: TrayIcon {}
    }

    Dialog {
        id: outboxDialog

        objectName: "outboxDialog"
        // Drawn here: Material's dialog background is an elevation layer the
        // software renderer drops, which would leave the dialog see-through.
        background: Rectangle {
            radius: 8
            color: window.Material.theme === Material.Dark ? "#2b3134" : "#ffffff"
            border.color: window.Material.theme === Material.Dark ? "#48535a" : "#d5dcdf"
        }
        title: qsTr("Changes waiting to sync")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(720, window.width - 80)
        height: Math.min(640, window.height - 80)
        standardButtons: Dialog.Close

        ScrollView {
            anchors.fill: parent
            contentWidth: availableWidth

            OutboxPanel {
                width: parent.width
            }
        }
    }
}
