import QtQuick
import QtTest
import Companion.App
import Companion.Components
import Companion.Test

// The session room end to end: Companion's real room window against the platform's
// PlugNmeet sandbox, on Xvfb with Chromium's fake camera (and nothing faking the permission
// prompt). Signed in as Maya, who teaches a session that started five minutes ago.
TestCase {
    id: testCase
    name: "SessionRoom"
    width: 900
    height: 700
    when: windowShown
    visible: true

    property string sessionId: ""

    property string laterId: ""
    property string cancelledId: ""

    Rectangle {
        id: joinStates
        width: 560
        height: states.implicitHeight + 24
        color: Theme.card
        Column {
            id: states
            x: 12
            y: 12
            width: 536
            spacing: 10
            JoinButton {
                id: joinButton
                width: 536
                sessionId: testCase.sessionId
            }
            JoinButton {
                id: laterButton
                width: 536
                sessionId: testCase.laterId
            }
            JoinButton {
                id: cancelledButton
                width: 536
                sessionId: testCase.cancelledId
            }
        }
    }
    function shot(item, name) {
        if (TestServer.screenshotDir.length > 0)
            grabImage(item).save(TestServer.screenshotDir + "/room-" + name + ".png")
    }
    function shotWindow(win, name) {
        if (TestServer.screenshotDir.length > 0)
            grabImage(win.contentItem).save(TestServer.screenshotDir + "/room-" + name + ".png")
    }
    SessionView {
        id: detailDialog
    }
    SignalSpy {
        id: notifiedSpy
        target: Rooms
        signalName: "pageNotified"
    }
    SignalSpy {
        id: endedSpy
        target: Rooms
        signalName: "sessionEnded"
    }

    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const lists = [item.data, item.children, item.contentItem ? [item.contentItem] : undefined]
        for (const list of lists) {
            if (list === undefined)
                continue
            for (let i = 0; i < list.length; ++i) {
                const found = findByName(list[i], name)
                if (found)
                    return found
            }
        }
        return null
    }
    function roomWindow() { return Rooms.windowOf(testCase.sessionId) }
    function page(js) {
        let result = undefined
        let done = false
        roomWindow().view.runJavaScript(js, r => { result = r; done = true })
        tryVerify(() => done, 5000, js)
        return result
    }
    function sandboxRoom(breakout) {
        const rooms = TestServer.videoRooms()
        for (const room of rooms) {
            if (room.room_id.indexOf(testCase.sessionId) >= 0 && room.breakout === breakout)
                return room
        }
        return null
    }
    function report(key) {
        const room = sandboxRoom(false)
        return room && room.reports.usr_maya ? room.reports.usr_maya[key] : undefined
    }
    function attendance() {
        return TestServer.sessionAs("creator@demo.test", testCase.sessionId).attendance || []
    }
    function waitForRoomPage() {
        tryVerify(() => roomWindow() !== null, 5000)
        tryVerify(() => roomWindow().room.state === RoomSession.Open, 10000, "the room opens")
        tryVerify(() => roomWindow().view.loadProgress === 100 && String(roomWindow().view.url).indexOf("/sandbox/plugnmeet") > 0,
                  15000)
        tryVerify(() => page("document.getElementById('status').textContent") === "You are in the room.", 15000)
    }
    function leaveRoom() {
        const leave = findByName(roomWindow().contentItem, "leaveButton")
        verify(leave)
        mouseClick(leave)
        tryCompare(Rooms, "openRooms", 0, 10000)
    }
    function signOutWhenIdle() {
        for (let round = 0; round < 3 && Account.ready && Account.sync !== null; ++round) {
            tryCompare(Account.sync, "syncing", false, 20000)
            wait(100)
        }
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }

    function initTestCase() {
        testCase.sessionId = TestServer.createSession("off_maya_spanish", -5)
        verify(testCase.sessionId.length > 0)
        testCase.laterId = TestServer.createSession("off_maya_spanish", 24 * 60 + 90)
        testCase.cancelledId = TestServer.createSession("off_maya_spanish", 2 * 24 * 60)
        verify(TestServer.sessionAction(testCase.cancelledId, "cancel"))
        if (App.session.state !== AuthSession.SignedIn)
            App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        Account.syncNow()
        tryVerify(() => Rooms.joinStateOf(testCase.sessionId) === Rooms.Open, 20000, "the new session is synced")
    }
    function cleanupTestCase() {
        signOutWhenIdle()
    }

    function test_0_joinSaysWhyNot() {
        tryVerify(() => Rooms.joinStateOf(testCase.laterId) === Rooms.TooEarly, 10000)
        tryVerify(() => Rooms.joinStateOf(testCase.cancelledId) === Rooms.Cancelled, 10000)
        compare(findByName(laterButton, "joinHint").text, "Join opens 10 minutes before the start.")
        verify(!findByName(laterButton, "joinButton").enabled)
        compare(findByName(cancelledButton, "joinHint").text, "This session was cancelled.")
        verify(!findByName(cancelledButton, "joinButton").enabled)
        compare(findByName(joinButton, "joinHint").text, "The room is open.")
        shot(joinStates, "join-states")
        // Offline: the running session cannot be joined either, and says why.
        verify(TestServer.stop())
        Account.syncNow()
        tryCompare(Account, "connection", Account.Offline, 20000)
        tryCompare(findByName(joinButton, "joinButton"), "enabled", false, 20000)
        compare(findByName(joinButton, "joinHint").text, "Joining needs a connection to the server.")
        shot(joinStates, "join-offline")
        verify(TestServer.start())
        Account.syncNow()
        tryCompare(Account, "connection", Account.Online, 30000)
    }

    function test_1_joinGrantsTheRoomOnlyAndRecordsAttendance() {
        const button = findByName(joinButton, "joinButton")
        tryVerify(() => button.enabled, 5000)
        compare(findByName(joinButton, "joinHint").text, "The room is open.")
        mouseClick(button)
        // A second click while joining does nothing: one window.
        mouseClick(button)
        waitForRoomPage()
        compare(Rooms.openRooms, 1)
        verify(roomWindow().title.indexOf("Spanish") >= 0, roomWindow().title)
        // The room's origin got camera and microphone; the board of another origin did not.
        tryVerify(() => report("media") === "granted", 10000, "camera and microphone for the room")
        tryVerify(() => report("frameMedia") === "NotAllowedError", 10000, "no camera for the embedded board")
        verify(page("document.getElementById('self').srcObject !== null"))
        // participant_joined reached the platform: Maya is in the room now.
        tryVerify(() => attendance().some(a => a.user_id === "usr_maya" && a.left_at === null), 10000)
        // The compatibility layer ran in the room's origin.
        verify(page("typeof window.__companionCompat === 'object' && window.__companionCompat.stats().sheets >= 1"))
        wait(500)
        shotWindow(roomWindow(), "open")
        const geometry = Qt.rect(roomWindow().x, roomWindow().y, roomWindow().width, roomWindow().height)

        leaveRoom()
        // The window's place and size are kept for the next room.
        compare(Rooms.savedGeometry().width, geometry.width)
        compare(Rooms.savedGeometry().height, geometry.height)
        // participant_left: the visit has an end and a length.
        tryVerify(() => attendance().some(a => a.user_id === "usr_maya" && a.left_at !== null), 10000)
        compare(endedSpy.count, 0) // leaving is not the end of the session
        // The details (after a sync) show who was in the room, with minutes.
        Account.syncNow()
        tryVerify(() => detailDialog.show(testCase.sessionId), 10000, "the session is in the cache")
        tryVerify(() => findByName(detailDialog, "attendanceRow_0") !== null, 10000)
        const row = findByName(detailDialog, "attendanceRow_0").text
        verify(/^Maya Lindqvist · \d+ min$/.test(row), row)
        wait(300)
        shot(testCase, "details-attendance")
        detailDialog.close()
    }

    function test_2_linksOfOtherSitesGoToTheBrowserOthersAreRefused() {
        Rooms.join(testCase.sessionId)
        waitForRoomPage()
        const roomUrl = String(roomWindow().view.url)
        const before = TestServer.openedUrls.length
        page("document.getElementById('helpLink').click()")
        tryVerify(() => TestServer.openedUrls.indexOf("https://www.plugnmeet.org/docs/user-guide") >= 0, 5000)
        page("document.getElementById('docsLink').click()")
        tryVerify(() => TestServer.openedUrls.indexOf("https://www.plugnmeet.org/") >= 0, 5000)
        // An unknown scheme opens nothing at all, and the room stays.
        page("document.getElementById('appLink').click()")
        wait(1000)
        compare(TestServer.openedUrls.length, before + 2)
        verify(TestServer.openedUrls.every(u => u.indexOf("zoommtg") < 0))
        compare(String(roomWindow().view.url), roomUrl)
        compare(Rooms.openRooms, 1)
        // No bridge into Companion exists on the page.
        verify(page("typeof window.qt === 'undefined' && typeof window.QWebChannel === 'undefined'"))
    }

    function test_3_aBreakoutOpensASecondRoomWindow() {
        page("document.getElementById('breakout').click()")
        tryCompare(Rooms, "openRooms", 2, 10000)
        tryVerify(() => { const r = sandboxRoom(true); return r && r.participants.length === 1 }, 15000,
                  "the breakout page joined its room")
        // The breakout lives under the same policy: camera granted for the same origin.
        tryVerify(() => { const r = sandboxRoom(true); return r.reports.usr_maya && r.reports.usr_maya.media === "granted" },
                  10000)
        verify(TestServer.openedUrls.every(u => u.indexOf("access_token") < 0), "a token never goes to the browser")
        const breakout = Rooms.breakoutWindowOf(testCase.sessionId)
        verify(breakout)
        verify(breakout.title.indexOf("breakout") > 0, breakout.title)
        // Its own Leave: the page leaves and calls window.close(); the main room stays.
        let clicked = false
        breakout.view.runJavaScript("document.getElementById('leave').click(); true", () => { clicked = true })
        tryVerify(() => clicked, 5000)
        tryCompare(Rooms, "openRooms", 1, 10000)
        verify(roomWindow() !== null)
        compare(endedSpy.count, 0)
    }

    function test_4_sharingTheScreenShowsStop() {
        verify(roomWindow().room.screenShareUnavailable === "", "Xvfb is X11: sharing works here")
        // A real click: the page asks for the screen on a user gesture.
        const rect = page("JSON.stringify(document.getElementById('share').getBoundingClientRect())")
        const r = JSON.parse(rect)
        mouseClick(roomWindow().view, r.x + r.width / 2, r.y + r.height / 2)
        tryVerify(() => report("screen") === "sharing", 15000, "the page shares the screen")
        tryCompare(roomWindow().room, "sharingScreen", true, 5000)
        const stop = findByName(roomWindow(), "stopSharingButton")
        verify(stop, "the sharing indicator has Stop")
        compare(findByName(roomWindow(), "sharingLabel").text, "You are sharing your screen")
        shotWindow(stop.Window.window, "sharing-indicator")
        stop.clicked()
        tryVerify(() => report("screen") === "stopped", 10000, "Stop ended the page's share")
        tryCompare(roomWindow().room, "sharingScreen", false, 5000)
    }

    function clickInPage(id) {
        const r = JSON.parse(page("JSON.stringify(document.getElementById('" + id + "').getBoundingClientRect())"))
        mouseClick(roomWindow().view, r.x + r.width / 2, r.y + r.height / 2)
    }

    function test_4b_thePagesFullScreenButtonFillsTheScreen() {
        clickInPage("fullscreen")
        tryCompare(roomWindow(), "visibility", Window.FullScreen, 5000)
        tryVerify(() => !findByName(roomWindow().contentItem, "roomTitle").visible, 5000, "the bar hides")
        tryVerify(() => page("document.fullscreenElement !== null"), 5000)
        clickInPage("fullscreen")
        tryVerify(() => roomWindow().visibility !== Window.FullScreen, 5000)
        tryVerify(() => findByName(roomWindow().contentItem, "roomTitle").visible, 5000)
    }

    function test_4c_pageNotificationsGoThroughCompanion() {
        compare(page("Notification.permission"), "default")
        page("Notification.requestPermission().then(p => { window.__permission = p }); true")
        tryVerify(() => page("window.__permission") === "granted", 5000)
        page("new Notification('Lena raised her hand', {body: 'In Conversational Spanish'}); true")
        tryCompare(notifiedSpy, "count", 1, 5000)
        compare(notifiedSpy.signalArguments[0][0], "Lena raised her hand")
        compare(notifiedSpy.signalArguments[0][1], "In Conversational Spanish")
    }

    function test_4d_onWaylandSharingIsRefusedWithAWayOut() {
        TestServer.setEnv("XDG_SESSION_TYPE", "wayland")
        clickInPage("share")
        tryVerify(() => report("screen") === "NotAllowedError", 10000, "the page was refused, not left waiting")
        verify(findByName(roomWindow().contentItem, "roomNotice").text.indexOf("Wayland") >= 0)
        verify(findByName(roomWindow().contentItem, "openInBrowserButton").visible)
        verify(!roomWindow().room.sharingScreen)
        TestServer.setEnv("XDG_SESSION_TYPE", "")
    }

    function test_5_aKilledRendererComesBackWithAFreshToken() {
        const before = String(roomWindow().view.url)
        const pid = roomWindow().view.renderProcessPid
        verify(pid > 0)
        compare(TestServer.run("kill", ["-9", String(pid)], 5000), 0)
        tryVerify(() => String(roomWindow().view.url) !== before && roomWindow().view.loadProgress === 100, 20000)
        tryVerify(() => page("document.getElementById('status').textContent") === "You are in the room.", 15000)
        compare(Rooms.openRooms, 1)
    }

    function test_6_aReloadAsksForAFreshToken() {
        const before = String(roomWindow().view.url)
        page("location.reload(); true")
        tryVerify(() => String(roomWindow().view.url) !== before, 10000, "a new join URL")
        tryVerify(() => page("document.getElementById('status').textContent") === "You are in the room.", 15000)
        // An expired (here: unknown) token the page refuses gets one fresh try too.
        const stale = String(roomWindow().view.url).replace(/access_token=[^&]+/, "access_token=expired.token.value")
        roomWindow().view.url = stale
        tryVerify(() => String(roomWindow().view.url) !== stale && String(roomWindow().view.url).indexOf("expired") < 0, 10000)
        tryVerify(() => page("document.getElementById('status').textContent") === "You are in the room.", 15000)
    }

    function test_7_theEndOfTheSessionClosesTheRoom() {
        endedSpy.clear()
        page("document.getElementById('end').click(); true")
        tryCompare(endedSpy, "count", 1, 15000)
        compare(endedSpy.signalArguments[0][0], testCase.sessionId)
        tryCompare(Rooms, "openRooms", 0, 10000)
        tryVerify(() => attendance().every(a => a.left_at !== null), 10000)
    }

    function test_8_aStudentAfterTheEndSeesAClearPage() {
        signOutWhenIdle()
        App.session.signIn("student1@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        Rooms.join(testCase.sessionId)
        tryVerify(() => roomWindow() !== null, 5000)
        tryCompare(roomWindow().room, "state", RoomSession.Failed, 10000)
        const problem = findByName(roomWindow().contentItem, "roomProblem")
        verify(problem.visible)
        compare(findByName(problem, "roomProblemTitle").text, "The room could not open")
        verify(findByName(problem, "roomProblemText").text.indexOf("closed") >= 0,
               findByName(problem, "roomProblemText").text)
        verify(findByName(problem, "roomRetryButton").visible)
        verify(!roomWindow().view.visible, "never a blank view")
        shotWindow(roomWindow(), "error-page")
        mouseClick(findByName(problem, "roomCloseButton"))
        tryCompare(Rooms, "openRooms", 0, 10000)
    }
}
