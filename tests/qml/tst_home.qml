import QtQuick
import QtTest
import Companion.App
import Companion.Home

// Home against the real demo data (signed in as the creator).
TestCase {
    id: testCase
    name: "HomePage"
    width: 1100
    height: 760
    when: windowShown
    visible: true

    HomePage {
        id: page
        anchors.fill: parent
    }

    // Signs out once no sync is running, so the next file starts from a quiet
    // account (sign-out mid-sync is covered by the services' SyncEngine test).
    function signOutWhenIdle() {
        for (let round = 0; round < 3 && Account.ready && Account.sync !== null; ++round) {
            tryCompare(Account.sync, "syncing", false, 20000)
            wait(100)
        }
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }

    function findByName(item, name) {
        if (item.objectName === name && item.visible !== false)
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

    function initTestCase() {
        // Before the cache was read, Home says it is loading, never "no upcoming sessions".
        if (!Account.dataLoaded) {
            verify(findByName(page, "nextSessionLoading") !== null)
            verify(findByName(page, "nextSessionEmpty") === null)
        }
        if (App.session.state !== AuthSession.SignedIn)
            App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
    }

    function cleanupTestCase() {
        signOutWhenIdle()
    }

    function test_1_nextSessionWithJoinRule() {
        tryVerify(() => findByName(page, "nextSessionCard") !== null, 10000)
        const card = findByName(page, "nextSessionCard")
        verify(findByName(card, "nextSessionTitle").text.length > 0)
        verify(findByName(card, "nextSessionWhen").text.indexOf("–") > 0)
        const countdown = findByName(card, "nextSessionCountdown").text
        verify(countdown.startsWith("Starts in") || countdown.startsWith("Running now"), countdown)
        // Join is enabled from 10 minutes before the start until the end, and only then.
        const now = AppClock.now().getTime()
        const expected = card.start.getTime() - now <= 10 * 60 * 1000 && card.end.getTime() > now
        compare(findByName(card, "joinButton").enabled, expected)
        verify(!findByName(page, "nextSessionEmpty"))
        verify(!findByName(page, "nextSessionLoading"))
    }

    function test_2_joinSaysWhyNot() {
        const card = findByName(page, "nextSessionCard")
        const hint = findByName(card, "joinHint").text
        if (findByName(card, "joinButton").enabled)
            compare(hint, "The room is open.")
        else
            verify(hint.indexOf("Join opens 10 minutes before the start") === 0, hint)
        // A longer window (a setting) opens it earlier, and the hint follows.
        const before = ViewSettings.joinWindowMinutes
        ViewSettings.joinWindowMinutes = 60
        const now = AppClock.now().getTime()
        const open = card.start.getTime() - now <= 60 * 60 * 1000 && card.end.getTime() > now
        tryCompare(findByName(card, "joinButton"), "enabled", open, 5000)
        verify(findByName(card, "joinHint").text.indexOf(open ? "The room is open." : "Join opens 60 minutes") === 0)
        ViewSettings.joinWindowMinutes = before
    }

    function test_3_thisMonthsEarningsAndOutbox() {
        const month = findByName(page, "monthEarnings")
        tryVerify(() => month.text.indexOf("€") >= 0, 10000, month.text)
        tryCompare(findByName(page, "outboxSummary"), "text", "All your changes are on the server")
        verify(!findByName(page, "resolveButton"))
    }

    function test_4_laterSessionsFollow() {
        verify(findByName(page, "laterSession_1"), "the demo creator has more than one upcoming session")
        verify(!findByName(page, "laterSession_0"), "the next session is not repeated")
    }
}
