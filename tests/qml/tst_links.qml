import QtQuick
import QtTest
import Companion.App
import Companion.Shell
import Companion.Test

// companion:// links inside the whole window (Main.qml): a session or join link, from a
// second launch or a notification, brings up that session's details.
TestCase {
    id: testCase
    name: "Links"
    when: windowShown

    property var window: null

    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const children = item.children !== undefined ? item.children : []
        for (let i = 0; i < children.length; ++i) {
            const found = findByName(children[i], name)
            if (found)
                return found
        }
        return null
    }

    function details() {
        return window.linkedSessionDetails
    }

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Companion/Shell/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1024, height: 640 })
        verify(window)
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    function test_0_signIn() {
        App.session.signIn("st1@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryVerify(() => Account.sessions.count > 0, 15000)
    }

    function test_1_sessionLinkOpensItsDetails() {
        const id = Account.sessions.data(Account.sessions.index(0, 0), SessionListModel.IdRole)
        verify(id.length > 0)
        const title = Account.sessions.data(Account.sessions.index(0, 0), SessionListModel.CourseTitleRole)
        verify(App.openLink("companion://session/" + id))
        tryVerify(() => details() && details().visible, 5000)
        compare(details().detail.sessionId, id)
        compare(details().title, title)
        details().close()
        tryVerify(() => !details().visible, 5000)
    }

    function test_2_joinLinkOpensTheRoom() {
        const id = Account.sessions.data(Account.sessions.index(1, 0), SessionListModel.IdRole)
        const title = Account.sessions.data(Account.sessions.index(1, 0), SessionListModel.CourseTitleRole)
        verify(App.openLink("companion://join/" + id))
        tryVerify(() => Rooms.windowOf(id) !== null, 5000)
        verify(Rooms.windowOf(id).title.indexOf(title) === 0, Rooms.windowOf(id).title)
        // A second link to the same room opens no second window.
        verify(App.openLink("companion://join/" + id))
        compare(Rooms.openRooms, 1)
        Rooms.windowOf(id).close()
        tryCompare(Rooms, "openRooms", 0, 5000)
        verify(!details().visible)
    }

    // A room closed on its session's end: the window says so and shows the session, with who
    // was in the room (read from the server, not the cache).
    function test_2b_theEndOfASessionShowsItsDetails() {
        const id = Account.sessions.data(Account.sessions.index(0, 0), SessionListModel.IdRole)
        Rooms.sessionEnded(id) // as the room window does on the logout_url
        tryVerify(() => details() && details().visible, 5000)
        compare(details().detail.sessionId, id)
        tryVerify(() => findEnded() && findEnded().visible, 5000)
        compare(findEnded().text, "Session ended. Attendance appears in its details.")
        if (TestServer.screenshotDir.length > 0) {
            wait(500)
            grabImage(window.contentItem).save(TestServer.screenshotDir + "/room-session-ended.png")
        }
        details().close()
        tryVerify(() => !details().visible, 5000)
    }
    function findEnded() {
        return window.sessionEndedNote
    }

    function test_3_unknownSessionOpensNothing() {
        verify(App.openLink("companion://session/ses_does_not_exist"))
        wait(300)
        verify(!details().visible)
        compare(window.pendingSessionId, "")
    }

    function test_4_signOut() {
        tryCompare(Account.sync, "syncing", false, 15000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }
}
