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
import Companion.Components

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
    readonly property alias sessionEndedNote: sessionEndedNote

    function showPendingSession() {
        if (pendingSessionId === "" || !Account.ready)
            return
        linkedSession.show(pendingSessionId)
        if (linkedSession.detail.found || Account.settled)
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
    Material.accent: Theme.accent
    Material.primary: Material.BlueGrey

    SignInPage {
        anchors.fill: parent
        visible: !window.signedIn
    }

    RowLayout {
        anchors.fill: parent
        visible: window.signedIn
        spacing: 0

        // Below 1100 px the rail gives its width to the page (the calendar's week needs it).
        NavigationRail {
            objectName: "navigationRail"
            compact: window.width < 1100
            Layout.fillHeight: true
            Layout.preferredWidth: compact ? 72 : 232
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
                id: pages
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: App.currentPageIndex
                // The shown page takes the keyboard focus, so its own keys (the calendar's
                // W/M/A/E/P, T, arrows) work at once, without a click into it first.
                function focusCurrent() {
                    const loader = pages.children[pages.currentIndex]
                    const page = loader ? loader.item : null
                    if (page && window.signedIn)
                        page.forceActiveFocus(Qt.OtherFocusReason)
                }
                onCurrentIndexChanged: focusCurrent()

                // A page is made the first time it is shown and kept after (its state survives
                // page switches): starting does not build seven pages to show one.
                component PageLoader: Loader {
                    required property int pageIndex
                    required property int shownIndex
                    property bool visited: false
                    // Made while it is the page shown: it takes the focus then.
                    signal madeShown()
                    active: visited || shownIndex === pageIndex
                    onLoaded: {
                        visited = true
                        if (shownIndex === pageIndex)
                            madeShown()
                    }
                }
                PageLoader {
                    pageIndex: 0
                    shownIndex: pages.currentIndex
                    onMadeShown: pages.focusCurrent()
                    sourceComponent: Component { HomePage {} }
                }
                PageLoader {
                    pageIndex: 1
                    shownIndex: pages.currentIndex
                    onMadeShown: pages.focusCurrent()
                    sourceComponent: Component { CalendarPage {} }
                }
                PageLoader {
                    pageIndex: 2
                    shownIndex: pages.currentIndex
                    onMadeShown: pages.focusCurrent()
                    sourceComponent: Component { BookingsPage {} }
                }
                PageLoader {
                    pageIndex: 3
                    shownIndex: pages.currentIndex
                    onMadeShown: pages.focusCurrent()
                    sourceComponent: Component { EarningsPage {} }
                }
                PageLoader {
                    pageIndex: 4
                    shownIndex: pages.currentIndex
                    onMadeShown: pages.focusCurrent()
                    sourceComponent: Component { PayoutsPage {} }
                }
                PageLoader {
                    pageIndex: 5
                    shownIndex: pages.currentIndex
                    onMadeShown: pages.focusCurrent()
                    sourceComponent: Component { FeedPage {} }
                }
                PageLoader {
                    pageIndex: 6
                    shownIndex: pages.currentIndex
                    onMadeShown: pages.focusCurrent()
                    sourceComponent: Component { SettingsPage {} }
                }
            }
        }
    }

    // Keys that work wherever the focus is: Ctrl+1…Ctrl+7 the pages in the rail's order,
    // Ctrl+R or F5 sync now.
    Instantiator {
        model: App.pageNames
        delegate: Shortcut {
            id: pageKey
            required property string modelData
            required property int index
            sequence: "Ctrl+" + (pageKey.index + 1)
            context: Qt.ApplicationShortcut
            enabled: Account.connection !== Account.SignedOut
            onActivated: App.currentPage = pageKey.modelData
        }
    }
    Shortcut {
        sequences: ["Ctrl+R", "F5"]
        context: Qt.ApplicationShortcut
        enabled: window.signedIn && Account.ready
        onActivated: Account.syncNow()
    }

    Connections {
        target: App
        function onRaiseRequested() {
            window.show()
            window.raise()
            window.requestActivate()
        }
        function onSessionRequested(sessionId, join) {
            if (join) {
                Rooms.join(sessionId)
                return
            }
            window.pendingSessionId = sessionId
            window.showPendingSession()
        }
    }
    // A room closed on its session's end: say so, sync, and show who came.
    Connections {
        target: Rooms
        function onSessionEnded(sessionId) {
            sessionEndedNote.open()
            if (Account.ready)
                Account.syncNow()
            window.pendingSessionId = sessionId
            window.showPendingSession()
        }
    }
    ToolTip {
        id: sessionEndedNote

        objectName: "sessionEndedNote"
        parent: Overlay.overlay
        x: (parent ? parent.width - width : 0) / 2
        y: parent ? parent.height - height - 32 : 0
        timeout: 8000
        text: qsTr("Session ended. Attendance appears in its details.")
    }
    Connections {
        target: Account
        function onSessionsChanged() { window.showPendingSession() }
        function onSettledChanged() { window.showPendingSession() }
    }

    SessionView {
        id: linkedSession
    }

    // Not an Item, so an Instantiator rather than a Loader.
    Instantiator {
        active: DesktopSettings.trayAvailable
        delegate: TrayIcon {}
    }

    Dialog {
        id: outboxDialog

        objectName: "outboxDialog"
        focus: true
        // Drawn here: Material's dialog background is an elevation layer the
        // software renderer drops, which would leave the dialog see-through.
        background: Rectangle {
            radius: 8
            color: Theme.dialog
            border.color: Theme.cardBorder
        }
        title: qsTr("Changes waiting to sync")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(720, window.width - 80)
        height: Math.min(640, window.height - 80)
        standardButtons: Dialog.Close

        // Made when opened: most starts never show it.
        Loader {
            anchors.fill: parent
            active: outboxDialog.visible
            sourceComponent: Component {
                ScrollView {
                    contentWidth: availableWidth

                    OutboxPanel {
                        width: parent.width
                    }
                }
            }
        }
    }
}
