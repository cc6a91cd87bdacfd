import QtQuick
import QtTest
import Companion.App
import Companion.Bookings
import Companion.Test

// The Bookings page against the real demo data (signed in as the creator).
TestCase {
    id: testCase
    name: "BookingsPage"
    width: 1000
    height: 700
    when: windowShown
    visible: true

    readonly property var demoCourses: ["Python for Data Analysis", "Conversational Spanish", "Watercolour Basics"]

    BookingsPage {
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

    function initTestCase() {
        if (App.session.state !== AuthSession.SignedIn)
            App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
    }

    function cleanupTestCase() {
        signOutWhenIdle()
    }

    function test_1_upcomingShowsSessionCards() {
        compare(Account.sessions.filter, SessionListModel.Upcoming)
        const list = findByName(page, "bookingsList")
        tryVerify(() => list.count > 0, 10000)
        const card = findByName(page, "sessionCard_0")
        verify(card)
        verify(card.visible)
        const title = findByName(page, "sessionTitle_0")
        verify(demoCourses.indexOf(title.text) >= 0, title.text)
        verify(!title.font.strikeout)
        compare(findByName(page, "sessionStatus_0").text, "Scheduled")
        // The first card of a day carries the day's heading.
        verify(findByName(page, "sessionDay_0").visible)
        verify(findByName(page, "sessionTime_0").text.match(/^\d\d:\d\d–\d\d:\d\d$/))
        verify(!findByName(page, "bookingsEmpty").visible)
    }

    function test_2_tabsDriveTheFilter() {
        mouseClick(findByName(page, "bookingsTabPast"))
        compare(Account.sessions.filter, SessionListModel.Past)
        const list = findByName(page, "bookingsList")
        tryVerify(() => list.count > 0)
        const status = findByName(page, "sessionStatus_0").text
        verify(["Completed", "No-show", "Ended"].indexOf(status) >= 0, status)

        mouseClick(findByName(page, "bookingsTabCancelled"))
        compare(Account.sessions.filter, SessionListModel.Cancelled)
        tryVerify(() => list.count > 0)
        compare(findByName(page, "sessionStatus_0").text, "Cancelled")
        verify(findByName(page, "sessionTitle_0").font.strikeout, "cancelled sessions are struck through")
    }

    function test_3_leavingThePageGivesHomeItsUpcomingSessions() {
        compare(Account.sessions.filter, SessionListModel.Cancelled)
        page.visible = false
        compare(Account.sessions.filter, SessionListModel.Upcoming)
        page.visible = true
        compare(Account.sessions.filter, SessionListModel.Cancelled, "the tab is kept")
        mouseClick(findByName(page, "bookingsTabUpcoming"))
        compare(Account.sessions.filter, SessionListModel.Upcoming)
    }

    function test_4_detailsOpenOnClick() {
        const card = findByName(page, "sessionCard_0")
        const title = findByName(page, "sessionTitle_0").text
        mouseClick(card)
        const details = findByName(page, "sessionDetails")
        tryCompare(details, "opened", true)
        compare(details.title, title)
        // Students come from the server (GET /api/sessions/{id}).
        const heading = findByName(details, "sessionStudentsHeading")
        tryVerify(() => heading.visible, 10000)
        verify(heading.text.startsWith("Student") || heading.text === "No students booked", heading.text)
        verify(!findByName(details, "sessionDetailError").visible)
        details.close()
        tryCompare(details, "visible", false)

        // The keyboard gets there too: focus a card, press Enter.
        const row = findByName(page, "sessionRow_0")
        row.forceActiveFocus()
        verify(findByName(page, "sessionCard_0").focusRing)
        keyClick(Qt.Key_Return)
        tryCompare(details, "opened", true)
        details.close()
        tryCompare(details, "visible", false)
    }

    function shot(name) {
        if (TestServer.screenshotDir.length === 0)
            return
        wait(200)
        grabImage(testCase.Window.window.contentItem).save(TestServer.screenshotDir + "/bookings-" + name + ".png")
    }

    // Search by student or course, the course and teacher choices, and the tab counts.
    function test_4b_searchFilterAndCounts() {
        const model = Account.sessions
        const total = model.upcomingCount + model.pastCount + model.cancelledCount
        verify(total > 0)
        compare(findByName(page, "bookingsTabPast").text, "Past (" + model.pastCount + ")")
        // A student's name from the first upcoming session that has one.
        let student = ""
        for (let row = 0; row < model.count && student === ""; ++row)
            student = model.data(model.index(row, 0), SessionListModel.StudentNamesRole).split(", ")[0]
        verify(student.length > 0, "the creator's cache knows who booked")
        const field = findByName(page, "bookingsSearch")
        field.text = student.toUpperCase() // case does not matter
        tryVerify(() => model.searchText === field.text, 2000)
        verify(model.count > 0)
        for (let row = 0; row < model.count; ++row)
            verify(model.data(model.index(row, 0), SessionListModel.StudentNamesRole).indexOf(student) >= 0)
        verify(model.upcomingCount + model.pastCount + model.cancelledCount < total, "the counts follow the search")
        compare(findByName(page, "bookingsTabUpcoming").text, "Upcoming (" + model.upcomingCount + ")")
        shot("search")
        findByName(page, "bookingsClearFilters").clicked()
        tryCompare(model, "searchText", "")
        compare(model.upcomingCount + model.pastCount + model.cancelledCount, total)
        // One course: every row is of it.
        const course = model.courses[0]
        const combo = findByName(page, "bookingsCourse")
        combo.currentIndex = 1
        combo.activated(1)
        compare(model.courseId, course.id)
        for (let row = 0; row < model.count; ++row)
            compare(model.data(model.index(row, 0), SessionListModel.CourseTitleRole), course.name)
        // And one teacher on top: both hold.
        const teacherCombo = findByName(page, "bookingsTeacher")
        const teacher = model.teachers[model.teachers.length - 1]
        teacherCombo.currentIndex = model.teachers.length
        teacherCombo.activated(model.teachers.length)
        compare(model.teacherId, teacher.id)
        for (let row = 0; row < model.count; ++row)
            compare(model.data(model.index(row, 0), SessionListModel.TeacherNameRole), teacher.name)
        findByName(page, "bookingsClearFilters").clicked()
        compare(model.courseId, "")
        compare(model.teacherId, "")
    }

    // Offline the session view still says who is in the class: the students come from the cache.
    function test_4c_sessionViewOfflineFromTheCache() {
        const model = Account.sessions
        let row = -1
        for (let r = 0; r < model.count && row < 0; ++r)
            if (model.data(model.index(r, 0), SessionListModel.StudentNamesRole).length > 0)
                row = r
        verify(row >= 0)
        const id = model.data(model.index(row, 0), SessionListModel.IdRole)
        const names = model.data(model.index(row, 0), SessionListModel.StudentNamesRole)
        verify(TestServer.stop())
        const details = page.sessionView
        details.show(id)
        tryCompare(details, "opened", true)
        verify(details.detail.studentsKnown)
        tryVerify(() => findByName(details, "sessionDetailError") !== null, 10000, "says the rest needs the server")
        verify(findByName(details, "sessionDetailError").text.indexOf("Students as saved on this computer.") === 0)
        const first = findByName(details, "sessionStudentName_0")
        verify(first !== null)
        verify(names.indexOf(first.text) >= 0, first.text + " / " + names)
        compare(findByName(details, "sessionStudentStatus_0").text, "Booked")
        verify(findByName(details, "sessionStudentZone_0").text.indexOf(" there") > 0)
        shot("details-offline")
        details.close()
        tryCompare(details, "visible", false)
        verify(TestServer.start())
        Account.syncNow()
        tryCompare(App.session, "state", AuthSession.SignedIn, 20000)
    }

    function test_5_emptyTabExplainsItself() {
        // The demo S-T Priya Raman has no cancelled sessions.
        signOutWhenIdle()
        App.session.signIn("st2@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        mouseClick(findByName(page, "bookingsTabCancelled"))
        const list = findByName(page, "bookingsList")
        tryCompare(list, "count", 0)
        const empty = findByName(page, "bookingsEmpty")
        verify(empty.visible)
        compare(empty.title, "Nothing cancelled")
        verify(!findByName(empty, "emptyStateAction").visible)
        mouseClick(findByName(page, "bookingsTabUpcoming"))
        tryVerify(() => list.count > 0)
        verify(!empty.visible)
    }
}
