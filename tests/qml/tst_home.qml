import QtQuick
import QtTest
import Companion.App
import Companion.Home
import Companion.Test

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
        verify(/ · \d+ min$/.test(findByName(card, "nextSessionWhen").text), findByName(card, "nextSessionWhen").text)
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

    // The creator's own classes come first; the sessions S-Ts teach for her courses second.
    function test_5_ownClassesFirstThenTheCourses() {
        tryVerify(() => findByName(page, "nextSessionCard") !== null, 10000)
        const card = findByName(page, "nextSessionCard")
        compare(card.viewerRole, "teacher")
        for (let row = 0; row < Account.upcomingTeaching.count; ++row)
            compare(Account.upcomingTeaching.data(Account.upcomingTeaching.index(row, 0), SessionListModel.ViewerRoleRole), "teacher")
        verify(Account.upcomingOfCourses.count > 0, "the demo creator's courses have S-T sessions ahead")
        for (let row = 0; row < Account.upcomingOfCourses.count; ++row)
            compare(Account.upcomingOfCourses.data(Account.upcomingOfCourses.index(row, 0), SessionListModel.ViewerRoleRole), "course_creator")
        const heading = findByName(page, "courseSessionsHeading")
        verify(heading)
        const first = findByName(page, "courseSession_0")
        verify(first, "the first S-T session is listed (not skipped)")
        const ownY = card.mapToItem(page, 0, 0).y
        verify(heading.mapToItem(page, 0, 0).y > ownY, "S-T sessions are below the user's own next class")
        verify(first.mapToItem(page, 0, 0).y > heading.mapToItem(page, 0, 0).y)
        // It names the S-T who teaches.
        const teacher = Account.upcomingOfCourses.data(Account.upcomingOfCourses.index(0, 0), SessionListModel.TeacherNameRole)
        verify(findByName(first, "courseSession_0_when").text.endsWith(" · " + teacher), findByName(first, "courseSession_0_when").text)
    }

    // Times read as people say them: "Thursday at 18:00 (in 2 days)", "Tomorrow at 09:00".
    function test_6_timesReadAsSpoken() {
        const card = findByName(page, "nextSessionCard")
        const when = findByName(card, "nextSessionWhen").text
        const spoken = /^(Today at|Tomorrow at|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) at \d\d:\d\d \(in [2-6] days\)|\w{3} \d{1,2} \w{3} at \d\d:\d\d \(in \d+ days\))/
        verify(spoken.test(when), when)
        // The countdown only on the day itself; beyond it the words say how far.
        const msToStart = card.start.getTime() - AppClock.now().getTime()
        compare(findByName(card, "nextSessionCountdown") !== null, msToStart < 24 * 3600 * 1000)
        const later = findByName(page, "laterSession_1_when")
        verify(later && spoken.test(later.text), later ? later.text : "no later session")
    }

    // This month beside last month: the 1st of a month does not read as a bare "€0.00".
    function test_7_lastMonthBesideThisMonth() {
        const last = findByName(page, "lastMonthEarnings")
        tryVerify(() => last !== null && last.text.indexOf("€") >= 0, 10000)
        const card = findByName(page, "monthEarningsCard")
        verify(last.mapToItem(card, 0, 0).x > findByName(page, "monthEarnings").mapToItem(card, 0, 0).x, "side by side")
    }

    // The one session view, from Home: the course, "You teach", the students from the cache.
    function test_8_sessionViewFromHome() {
        const card = findByName(page, "nextSessionCard")
        mouseClick(card, 10, 10)
        const view = page.sessionView
        tryCompare(view, "opened", true)
        compare(view.title, card.courseTitle)
        compare(findByName(view, "detailsTeaching").text, "You teach")
        verify(findByName(view, "detailsShare").text.indexOf("(85 %)") > 0, findByName(view, "detailsShare").text)
        verify(view.detail.studentsKnown, "a teacher's cache holds who booked")
        compare(view.detail.students.length, card.bookedSeats)
        if (TestServer.screenshotDir.length > 0) {
            wait(300)
            grabImage(testCase.Window.window.contentItem).save(TestServer.screenshotDir + "/home-session-view.png")
        }
        view.close()
        tryCompare(view, "visible", false)
    }

    // Offline, from Home: the class list comes from the cache, and the view says the rest
    // (attendance, recording) needs the server.
    function test_9_sessionViewFromHomeOffline() {
        const card = findByName(page, "nextSessionCard")
        verify(TestServer.stop())
        mouseClick(card, card.width / 2, 10)
        const view = page.sessionView
        tryCompare(view, "opened", true)
        compare(view.title, card.courseTitle)
        verify(view.detail.studentsKnown)
        compare(view.detail.students.length, card.bookedSeats)
        tryVerify(() => view.detail.error.length > 0, 10000)
        compare(view.detail.loaded, false)
        view.close()
        tryCompare(view, "visible", false)
        verify(TestServer.start())
        Account.syncNow()
        tryCompare(App.session, "state", AuthSession.SignedIn, 20000)
    }
}
