import QtQuick
import QtTest
import Companion.App
import Companion.Settings
import Companion.Shell

// The shell's sync indicator and banner, and the outbox panel, against the real server.
TestCase {
    id: testCase
    name: "Shell"
    width: 900
    height: 700
    when: windowShown
    visible: true

    Row {
        anchors.fill: parent
        SyncIndicator {
            id: indicator
            width: 240
        }
        OutboxPanel {
            id: outboxPanel
            width: 600
        }
    }

    StatusBanner {
        id: banner
        y: 500
        width: 600
        text: "Something to say"
    }

    SignalSpy {
        id: outboxRequests
        target: indicator
        signalName: "outboxRequested"
    }
    SignalSpy {
        id: bannerActions
        target: banner
        signalName: "actionTriggered"
    }

    Component {
        id: outboxComponent
        OutboxController {}
    }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        // `data` also holds popups (dialogs), which are not child items.
        const children = item.data !== undefined ? item.data : (item.children !== undefined ? item.children : [])
        for (let i = 0; i < children.length; ++i) {
            const found = findByName(children[i], name)
            if (found)
                return found
        }
        let contentIsChild = false
        for (let i = 0; i < children.length; ++i)
            contentIsChild = contentIsChild || children[i] === item.contentItem
        if (item.contentItem && item.contentItem !== item && !contentIsChild) {
            const found = findByName(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }

    function test_1_signedOutIndicatorWaits() {
        compare(App.session.state, AuthSession.SignedOut)
        compare(findByName(indicator, "syncStatusText").text, "Opening saved data…")
        verify(!findByName(indicator, "syncNowButton").enabled)
        verify(findByName(outboxPanel, "outboxEmptyText").text.indexOf("Sign in") === 0)
    }

    function test_2_indicatorFollowsASync() {
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        const status = findByName(indicator, "syncStatusText")
        tryCompare(status, "text", "Up to date", 15000)
        tryVerify(() => findByName(indicator, "syncDetailText").text.startsWith("Synced"))
        const button = findByName(indicator, "syncNowButton")
        verify(button.enabled)

        const syncing = []
        const progress = findByName(indicator, "syncProgress")
        let progressShown = false
        const record = () => {
            syncing.push(Account.sync.syncing)
            progressShown = progressShown || (Account.sync.syncing && progress.visible)
        }
        Account.sync.syncingChanged.connect(record)
        mouseClick(button)
        tryVerify(() => syncing.length >= 2, 15000)
        Account.sync.syncingChanged.disconnect(record)
        compare(syncing[0], true)
        compare(syncing[syncing.length - 1], false)
        verify(progressShown, "a progress bar while syncing")
        verify(!progress.visible)
        tryCompare(status, "text", "Up to date")
        verify(!findByName(indicator, "syncOutboxButton").visible, "nothing waits in the outbox")
    }

    function test_3_outboxIsEmptyAndActionsSayWhy() {
        verify(findByName(outboxPanel, "outboxEmptyText").visible)
        compare(outboxPanel.count, 0)
        const outbox = createTemporaryObject(outboxComponent, testCase)
        tryCompare(outbox, "count", 0)
        compare(outbox.conflictCount, 0)
        outbox.discard(987654)
        tryCompare(outbox, "busy", false)
        compare(outbox.lastError, "Only an edit the server refused can be discarded.")
        outbox.keepMine(987654)
        tryCompare(outbox, "busy", false)
        verify(outbox.lastError.indexOf("no longer in conflict") > 0, outbox.lastError)
    }

    function test_4_bannerAction() {
        const action = findByName(banner, "statusBannerAction")
        verify(!action.visible)
        banner.actionText = "Resolve…"
        verify(action.visible)
        mouseClick(action)
        compare(bannerActions.count, 1)
    }

    function test_5_signOut() {
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
        tryCompare(findByName(indicator, "syncStatusText"), "text", "Opening saved data…")
    }
}
