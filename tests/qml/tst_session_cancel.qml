import QtQuick
import QtQuick.Controls.Material
import QtTest
import Companion.App
import Companion.Bookings
import Companion.Test

// Cancelling from the session view, signed in as the demo creator: the button only where it
// may be used, a confirmation that names the students and asks why, the cancel queued and
// sent, the session shown cancelled after the sync; offline, the cancel waits and says so,
// then lands when the platform is back.
TestCase {
    id: testCase
    name: "SessionCancel"
    width: 1024
    height: 640
    when: windowShown
    visible: true
    Material.accent: Material.Teal
    Material.primary: Material.BlueGrey

    Rectangle {
        anchors.fill: parent
        z: -1
        color: testCase.Material.backgroundColor
    }

    BookingsPage {
        id: bookings
        anchors.fill: parent
    }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
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

    function shot(name) {
        if (TestServer.screenshotDir.length === 0)
            return
        wait(200)
        grabImage(testCase.Window.window.contentItem).save(TestServer.screenshotDir + "/cancel-" + name + "-"
                                                          + (App.darkTheme ? "dark" : "light") + ".png")
    }

    function role(row, r) {
        return Account.sessions.data(Account.sessions.index(row, 0), r)
    }

    // The latest upcoming session the creator teaches herself with students booked, not `except`.
    function pick(except) {
        for (let row = Account.sessions.count - 1; row >= 0; --row) {
            if (role(row, SessionListModel.ViewerRoleRole) === "teacher"
                    && role(row, SessionListModel.BookedSeatsRole) > 0
                    && role(row, SessionListModel.StatusRole) === "scheduled"
                    && role(row, SessionListModel.IdRole) !== except)
                return { sessionId: role(row, SessionListModel.IdRole),
                         courseTitle: role(row, SessionListModel.CourseTitleRole),
                         when: role(row, SessionListModel.LocalDateRole) + ", "
                               + role(row, SessionListModel.LocalTimeRangeRole),
                         status: "Scheduled", teacher: "", part: "", seats: "" }
        }
        return null
    }

    // From all sessions: the Upcoming tab no longer lists a cancelled one.
    function statusOf(id) {
        const filter = Account.sessions.filter
        Account.sessions.filter = SessionListModel.All
        let status = ""
        for (let row = 0; row < Account.sessions.count; ++row) {
            if (role(row, SessionListModel.IdRole) === id)
                status = role(row, SessionListModel.StatusRole)
        }
        Account.sessions.filter = filter
        return status
    }

    function initTestCase() {
        if (App.session.state !== AuthSession.SignedIn)
            App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        tryVerify(() => Account.sessions.count > 0, 20000)
        App.darkTheme = TestServer.darkRun
    }

    function cleanup() {
        if (!TestServer.running)
            verify(TestServer.start())
    }

    function cleanupTestCase() {
        App.darkTheme = false
        tryCompare(Account.sync, "syncing", false, 20000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }

    function openDetails(info) {
        const details = findByName(bookings, "sessionDetails")
        tryCompare(details, "visible", false)
        details.show(info.sessionId)
        tryCompare(details, "opened", true)
        return details
    }

    function test_1_cancelNamesTheStudentsAndLands() {
        // Where it may not be used there is no button: a session that has started.
        const started = findByName(bookings, "sessionCard_0")
        verify(started)
        const info = pick("")
        verify(info, "no upcoming session of the creator's own with students")
        const details = openDetails(info)
        const cancel = findByName(details, "sessionCancel")
        verify(cancel.canCancel)
        findByName(details, "cancelSessionButton").clicked()
        const dialog = cancel.dialog
        tryCompare(dialog, "opened", true)
        // The students by name once the platform answered.
        tryVerify(() => findByName(dialog, "cancelStudents").text.indexOf("Booked: ") === 0, 10000)
        verify(!findByName(dialog, "cancelNoticeWarning").visible) // weeks ahead: not short notice
        shot("dialog")
        // No reason: said inline, nothing sent.
        dialog.confirm()
        verify(findByName(dialog, "cancelError").visible)
        verify(dialog.opened)
        findByName(dialog, "cancelReasonField").text = "I am ill, sorry"
        findByName(dialog, "cancelMessageField").text = "Book another time!"
        mouseClick(findByName(dialog, "confirmCancelButton"))
        tryCompare(dialog, "opened", false)
        tryCompare(cancel, "pending", true)
        tryCompare(Account.sync, "syncing", false, 20000)
        tryVerify(() => statusOf(info.sessionId) === "cancelled", 20000)
        tryCompare(cancel, "pending", false)
        verify(!cancel.canCancel)
        details.close()
    }

    function test_2_offlineCancelWaitsThenLands() {
        const info = pick("")
        verify(info)
        verify(TestServer.stop())
        const details = openDetails(info)
        const cancel = findByName(details, "sessionCancel")
        findByName(details, "cancelSessionButton").clicked()
        const dialog = cancel.dialog
        tryCompare(dialog, "opened", true)
        // Offline: who booked, from this computer's cache.
        tryVerify(() => findByName(dialog, "cancelStudents").text.indexOf("Booked: ") === 0, 10000)
        findByName(dialog, "cancelReasonField").text = "Train strike"
        dialog.confirm()
        tryCompare(dialog, "opened", false)
        tryCompare(cancel, "pending", true)
        const label = findByName(details, "cancelPendingLabel")
        tryVerify(() => label.text.indexOf("waiting to be sent") > 0, 10000)
        shot("pending")
        compare(statusOf(info.sessionId), "scheduled")
        verify(TestServer.start())
        Account.syncNow()
        tryVerify(() => statusOf(info.sessionId) === "cancelled", 30000)
        tryCompare(cancel, "pending", false)
        details.close()
    }

    // Proposing a new time: the free slots in the students' zones, one picked, the proposal
    // then shown with its answers so far.
    function test_3_proposeANewTime() {
        const info = pick("")
        verify(info)
        const details = openDetails(info)
        const propose = findByName(details, "sessionPropose")
        tryVerify(() => propose.canPropose, 10000)
        findByName(details, "proposeTimeButton").clicked()
        const dialog = propose.dialog
        tryCompare(dialog, "opened", true)
        const list = findByName(dialog.contentItem, "proposeSlotList")
        tryVerify(() => list.count > 0, 10000)
        verify(list.model[0].zones.length > 0, "each slot in the students' zones")
        shot("propose")
        propose.controller.propose(list.model[0].start)
        tryCompare(dialog, "opened", false)
        tryCompare(propose.controller, "state", "proposed", 10000)
        verify(findByName(details, "proposalState").text.indexOf("New time proposed") === 0)
        verify(!propose.canPropose)
        details.close()
        tryCompare(details, "visible", false)
    }
}
