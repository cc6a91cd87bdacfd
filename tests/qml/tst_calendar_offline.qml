import QtQuick
import QtTest
import Companion.App
import Companion.Calendar
import Companion.Test

// An availability edit made in the calendar while the server is away: it is
// kept in the outbox and shown as pending, and it lands once the server is back.
TestCase {
    id: testCase
    name: "CalendarOfflineEdit"
    width: 1100
    height: 760
    when: windowShown
    visible: true

    CalendarPage {
        id: page
        anchors.fill: parent
    }

    // The server's own copy (read over HTTP by the test host).
    function serverSchedule() {
        return TestServer.availability("creator@demo.test", "demo1234")
    }

    function sundayRules(rules) {
        return rules.filter(r => r.day === 7).map(r => r.start + "–" + r.end)
    }

    function test_0_signIn() {
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 15000)
        tryVerify(() => page.controller.loaded && page.controller.hasSchedule, 10000)
        page.controller.navigator.view = "editor"
    }

    function test_1_editOfflineThenLand() {
        const before = serverSchedule().version
        const sundaysBefore = sundayRules(serverSchedule().weekly).length
        verify(TestServer.stop(), "the server did not stop")

        verify(page.controller.editor.addRule(7, 10 * 60, 11 * 60))
        // Kept and visible: one pending edit, the editor already shows it, the app knows it is offline.
        tryCompare(Account.sync, "pendingEdits", 1, 10000)
        tryCompare(Account.sync, "syncing", false, 15000)
        compare(Account.sync.online, false)
        verify(page.controller.editor.weeklyRules.some(r => r.day === 7 && r.text === "10:00–11:00"))

        verify(TestServer.start(), "the server did not come back")
        Account.syncNow()
        tryCompare(Account.sync, "pendingEdits", 0, 20000)
        tryVerify(() => serverSchedule().version === before + 1, 15000, "the edit did not land exactly once")
        compare(sundayRules(serverSchedule().weekly).length, sundaysBefore + 1)
        verify(sundayRules(serverSchedule().weekly).indexOf("10:00–11:00") >= 0)
        tryCompare(Account.sync, "online", true, 5000)
    }

    // The calendar's session view offline: who booked comes from the cache, in the zone the
    // calendar shows ("Shown in"), and it says the rest needs the server.
    function test_1b_sessionViewOffline() {
        const model = Account.sessions
        let id = "", names = ""
        for (let row = 0; row < model.count && id === ""; ++row) {
            names = model.data(model.index(row, 0), SessionListModel.StudentNamesRole)
            if (names.length > 0)
                id = model.data(model.index(row, 0), SessionListModel.IdRole)
        }
        verify(id.length > 0)
        const zoneBefore = page.controller.navigator.viewerZone
        page.controller.navigator.viewerZone = "America/New_York"
        verify(TestServer.stop(), "the server did not stop")
        const view = page.sessionDetails
        verify(view.show(id))
        tryCompare(view, "opened", true)
        compare(view.detail.viewerZoneShown, "America/New_York")
        verify(view.detail.whenText.length > 0)
        verify(view.detail.teacherWhenText.length > 0, "Berlin's time beside New York's")
        verify(view.detail.studentsKnown)
        verify(names.indexOf(view.detail.students[0].name) >= 0)
        tryVerify(() => view.detail.error.length > 0, 10000)
        view.close()
        tryCompare(view, "visible", false)
        page.controller.navigator.viewerZone = zoneBefore
        verify(TestServer.start(), "the server did not come back")
        Account.syncNow()
        tryCompare(Account.sync, "online", true, 20000)
    }

    function test_2_cleanUp() {
        const index = page.controller.editor.weeklyRules.find(r => r.day === 7 && r.text === "10:00–11:00").index
        const before = serverSchedule().version
        verify(page.controller.editor.removeRule(index))
        tryVerify(() => serverSchedule().version === before + 1, 15000)
        tryCompare(Account.sync, "syncing", false, 15000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }
}
