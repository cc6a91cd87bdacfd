import QtQuick
import QtTest
import Companion.App
import Companion.Calendar
import Companion.Test

// The calendar tells the truth, against the real platform-server and its demo world (now is
// Tue 1 Dec 2026, 15:15 in Berlin; times pinned to Europe/Berlin, never the machine's zone):
//  - Month's "free" is bookable time left: the past and the creator's own bookings come off,
//    an S-T's session of her course does not;
//  - a session across midnight is listed once; "+N more" opens the day;
//  - the week opens at the start of that week's working hours;
//  - the legend only names what can appear.
// At 1024x640, the small window size teachers use.
TestCase {
    id: testCase
    name: "CalendarMonth"
    width: 1024
    height: 640
    when: windowShown
    visible: true

    property int monthLayouts: 0
    property int weekLayouts: 0
    property string nightSession: ""
    // Sessions this test made: cancelled again at the end (later test files share the server;
    // a deleted one would leave payments whose session is gone).
    property var made: []

    // Whether a session is in the cache (the session view's own reading of it).
    SessionDetailController {
        id: lookup
    }

    CalendarPage {
        id: page
        anchors.fill: parent
    }

    Connections {
        target: page.controller.monthModel
        function onLayoutDone() { testCase.monthLayouts++ }
    }
    Connections {
        target: page.controller.weekModel
        function onLayoutDone() { testCase.weekLayouts++ }
    }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function legendTexts() {
        const texts = []
        for (let i = 0; findByName(page, "legendEntry_" + i); ++i) {
            if (findByName(page, "legendEntry_" + i).visible)
                texts.push(findByName(page, "legendEntry_" + i).text)
        }
        return texts
    }

    function iso(date) { return Qt.formatDate(date, "yyyy-MM-dd") }

    // The month cell of an ISO date, read through the model like its delegate reads it.
    function cellRow(isoDate) {
        const model = page.controller.monthModel
        for (let row = 0; row < model.count; ++row) {
            if (iso(model.data(model.index(row, 0), CalendarMonthModel.DateRole)) === isoDate)
                return row
        }
        return -1
    }
    function cell(isoDate) {
        const model = page.controller.monthModel
        const at = model.index(cellRow(isoDate), 0)
        return { free: model.data(at, CalendarMonthModel.FreeMinutesRole),
                 available: model.data(at, CalendarMonthModel.AvailableMinutesRole),
                 past: model.data(at, CalendarMonthModel.IsPastRole),
                 count: model.data(at, CalendarMonthModel.SessionCountRole),
                 items: model.data(at, CalendarMonthModel.ItemsRole) }
    }
    // "09:00–10:30" -> minutes [start, end) of the day (an end after midnight runs to 24:00).
    function span(timeRange) {
        const parts = timeRange.split("–").map(t => parseInt(t.split(":")[0]) * 60 + parseInt(t.split(":")[1]))
        return [parts[0], parts[1] <= parts[0] ? 1440 : parts[1]]
    }
    // Maya's weekday hours (09:00-12:00, 14:00-17:00 Berlin) minus her own active sessions,
    // computed here from the sessions the month lists.
    function expectedFree(items, fromMinute) {
        const hours = [[9 * 60, 12 * 60], [14 * 60, 17 * 60]]
        let free = 0
        for (const [a, b] of hours) {
            for (let m = Math.max(a, fromMinute); m < b; ++m) {
                if (!items.some(item => item.own && !item.cancelled
                                && span(item.timeRange)[0] <= m && m < span(item.timeRange)[1]))
                    ++free
            }
        }
        return free
    }

    function showMonth(date) {
        const layouts = testCase.monthLayouts
        page.controller.navigator.view = "month"
        page.controller.navigator.jumpTo(date)
        tryVerify(() => testCase.monthLayouts > layouts, 5000, "the month was not laid out")
    }

    // A session made by the server's test hook, then a sync that brings it.
    function bookAndSync(offering, startUtc) {
        const id = TestServer.createSessionAt(offering, startUtc)
        verify(id.length > 0, "the test hook did not create the session")
        testCase.made.push(id)
        tryCompare(Account.sync, "syncing", false, 15000)
        Account.syncNow()
        lookup.sessionId = id
        tryVerify(() => lookup.found, 15000, "the sync did not bring " + id)
        return id
    }

    function test_0_signIn() {
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 15000)
        tryVerify(() => page.controller.loaded && page.controller.hasSchedule, 10000)
        verify(page.controller.navigator.chooseViewerZone("Europe/Berlin"))
        showMonth(new Date(2026, 11, 1))
        compare(page.controller.navigator.rangeTitle, "December 2026")
        // The whole demo world, not the first page of it: one more sync, and the seeded
        // sessions of 3 Dec (09:30 Watercolour, 15:30 Python) are listed.
        tryCompare(Account.sync, "syncing", false, 15000)
        Account.syncNow()
        tryCompare(Account.sync, "syncing", false, 15000)
        tryVerify(() => cell("2026-12-03").items.filter(item => item.own).length >= 2, 15000,
                  "the demo world's sessions of 3 Dec did not arrive")
    }

    // Past days have nothing left to book; today only what is left after now; a future day
    // its hours minus Maya's own sessions.
    function test_1_freeIsWhatIsLeft() {
        const monday = cell("2026-11-30")
        verify(monday.past)
        compare(monday.available, 6 * 60, "Mondays have six hours")
        compare(monday.free, 0, "a day that is over has no free time")
        waitForRendering(page)
        compare(findByName(page, "monthFree_" + cellRow("2026-11-30")).text, "")

        // Today: now is 15:15 Berlin plus the seconds this test has run.
        const today = cell("2026-12-01")
        verify(!today.past)
        const now = page.controller.navigator.nowMinute
        verify(now >= 15 * 60 + 15 && now < 16 * 60, "the demo clock starts at 15:15 Berlin: " + now)
        verify(today.free < 6 * 60)
        // The model counts to the second, this count to the minute.
        verify(Math.abs(today.free - expectedFree(today.items, now + 1)) <= 1,
               today.free + " vs " + expectedFree(today.items, now + 1))

        const thursday = cell("2026-12-03")
        compare(thursday.free, expectedFree(thursday.items, 0))
        waitForRendering(page)
        if (thursday.free > 0)
            compare(findByName(page, "monthFree_" + cellRow("2026-12-03")).text,
                    (Math.round(thursday.free / 6) / 10) + " h free")
    }

    // A booking of Maya's own takes its time; one of her S-T's (Jonas teaches her Python
    // course) does not.
    function test_2_bookingsTakeOnlyTheTeachersTime() {
        // Find an hour on Thursday 3 Dec inside Maya's hours that no own session touches.
        const before = cell("2026-12-03")
        let startMinute = -1
        for (let m = 9 * 60; m + 60 <= 17 * 60 && startMinute < 0; m += 15) {
            if ((m >= 12 * 60 && m < 14 * 60) || (m < 12 * 60 && m + 60 > 12 * 60))
                continue
            const busy = before.items.some(item => item.own && !item.cancelled
                                           && span(item.timeRange)[0] < m + 60 && m < span(item.timeRange)[1])
            if (!busy)
                startMinute = m
        }
        verify(startMinute >= 0, "Thursday 3 Dec has no free hour left in the demo world")
        // Berlin is UTC+01:00 in December.
        const utcMinute = startMinute - 60
        const start = "2026-12-03T" + String(Math.floor(utcMinute / 60)).padStart(2, "0") + ":"
                      + String(utcMinute % 60).padStart(2, "0") + ":00Z"
        const mine = bookAndSync("off_maya_spanish", start)
        tryVerify(() => cell("2026-12-03").items.some(item => item.id === mine), 5000)
        tryVerify(() => cell("2026-12-03").free === before.free - 60, 5000,
                  "Maya's 60-minute booking at " + start + " did not come off her free time: " + before.free + " -> "
                  + cell("2026-12-03").free + "; before: " + JSON.stringify(before.items.map(i => [i.timeRange, i.own, i.cancelled]))
                  + "; after: " + JSON.stringify(cell("2026-12-03").items.map(i => [i.timeRange, i.own, i.cancelled])))
        compare(cell("2026-12-03").free, expectedFree(cell("2026-12-03").items, 0))

        const after = cell("2026-12-03").free
        const jonas = bookAndSync("off_jonas_python", start)
        tryVerify(() => cell("2026-12-03").items.some(item => item.id === jonas), 5000)
        compare(cell("2026-12-03").free, after, "an S-T's session took the creator's time")
        const listed = cell("2026-12-03").items.find(item => item.id === jonas)
        compare(listed.teacher, "Jonas Weber")
        verify(!listed.own)
    }

    // Jonas's Python session (90 min) on Tue 8 Dec from 23:00 Berlin runs to 00:30 on Wednesday.
    function test_3_aSessionAcrossMidnightIsListedOnce() {
        testCase.nightSession = bookAndSync("off_jonas_python", "2026-12-08T22:00:00Z")
        const id = testCase.nightSession
        tryVerify(() => cell("2026-12-08").items.some(item => item.id === id), 5000)
        const item = cell("2026-12-08").items.find(item => item.id === id)
        compare(item.timeRange, "23:00–00:30")
        compare(item.time, "23:00")
        verify(item.endsLater)
        verify(!cell("2026-12-09").items.some(item => item.id === id), "listed again on Wednesday")
        compare(cell("2026-12-08").items.filter(item => item.id === id).length, 1)
        // The week still draws both parts, one per day column.
        page.controller.navigator.view = "week"
        page.controller.navigator.jumpTo(new Date(2026, 11, 8))
        tryVerify(() => {
            const m = page.controller.weekModel
            let days = []
            for (let row = 0; row < m.count; ++row) {
                if (m.data(m.index(row, 0), CalendarWeekModel.EntryIdRole) === id)
                    days.push(m.data(m.index(row, 0), CalendarWeekModel.DayRole))
            }
            return days.length === 2 && days[0] === 1 && days[1] === 2
        }, 5000, "the week does not draw the night session on Tuesday and Wednesday")
        // And the agenda lists it once.
        page.controller.navigator.view = "agenda"
        tryVerify(() => {
            const m = page.controller.agendaModel
            let rows = 0
            for (let row = 0; row < m.count; ++row)
                rows += m.data(m.index(row, 0), CalendarAgendaModel.EntryIdRole) === id ? 1 : 0
            return rows === 1
        }, 5000, "the agenda does not list the night session once")
        showMonth(new Date(2026, 11, 8))
    }

    // "+N more" opens the day with all its sessions; one click there opens the session.
    function test_4_moreOpensTheDay() {
        waitForRendering(page)
        let row = -1
        for (let i = 0; i < page.controller.monthModel.count && row < 0; ++i) {
            const more = findByName(page, "monthMore_" + i)
            if (more && more.visible)
                row = i
        }
        verify(row >= 0, "no day of December 2026 has more sessions than its cell shows at 1024x640")
        const more = findByName(page, "monthMore_" + row)
        const model = page.controller.monthModel
        const items = model.data(model.index(row, 0), CalendarMonthModel.ItemsRole)
        const before = page.controller.navigator.view
        mouseClick(more)
        const popup = findByName(page, "monthView").dayPopup
        tryCompare(popup, "opened", true)
        compare(page.controller.navigator.view, before, "+N more switched the view")
        compare(popup.items.length, items.length)
        waitForRendering(popup.contentItem)
        const first = findByName(popup.contentItem, "monthDayItem_0")
        verify(first, "the day popup lists no session")
        mouseClick(first)
        tryCompare(popup, "visible", false)
        tryCompare(page.sessionDetails, "opened", true)
        compare(page.sessionDetails.detail.sessionId, items[0].id)
        page.sessionDetails.close()
        tryCompare(page.sessionDetails, "visible", false)
    }

    // Month colours match the legend: 13 Dec... the demo's override day (12 days after 1 Dec)
    // is tinted as a date override; S-T sessions are listed in the S-T colour.
    function test_5_coloursMatchTheLegend() {
        const model = page.controller.monthModel
        const overrideDay = model.index(cellRow("2026-12-13"), 0)
        verify(model.data(overrideDay, CalendarMonthModel.FromOverrideRole), "13 Dec has override hours")
        waitForRendering(page)
        const overrideCell = findByName(page, "monthCell_" + cellRow("2026-12-13"))
        compare(String(overrideCell.color), String(findByName(page, "legendEntry_1").children[0].color)) // "Date override"
        const weekday = findByName(page, "monthCell_" + cellRow("2026-12-14"))
        compare(String(weekday.color), String(findByName(page, "legendEntry_0").children[0].color))
        // Maya's legend names S-T sessions: her month shows them.
        verify(page.controller.othersTeach)
        verify(legendTexts().indexOf("An S-T teaches") >= 0, legendTexts())
        verify(legendTexts().indexOf("Closed") >= 0, "closed days are drawn: the legend names them")
    }

    // The week opens at the start of that week's working hours, whatever the clock says.
    function test_6_weekOpensAtTheWorkingDay() {
        const layouts = testCase.weekLayouts
        page.controller.navigator.view = "week"
        page.controller.navigator.jumpTo(new Date(2026, 11, 14))
        tryVerify(() => testCase.weekLayouts > layouts && iso(page.controller.weekModel.firstDate) === "2026-12-14", 5000)
        compare(page.controller.weekModel.workStartMinute, 9 * 60, "Maya's week starts at 09:00")
        waitForRendering(page)
        const grid = findByName(page, "weekView")
        const flick = findByName(grid, "timeGridFlickable")
        tryVerify(() => Math.abs(flick.contentY - (9 * grid.hourHeight - 4)) < 1, 3000,
                  "the week opened at " + flick.contentY / grid.hourHeight)
        // The 09:00 label is in view, not cut at the top.
        const label = findByName(grid, "hourLabel_9")
        const top = label.mapToItem(flick, 0, 0).y
        verify(top >= 0 && top < 20, "09:00 label at " + top)
        // Scrolled by the user, a re-layout of the same week (a sync) keeps it there.
        flick.contentY = 12 * grid.hourHeight
        Account.syncNow()
        tryCompare(Account.sync, "syncing", false, 15000)
        wait(50)
        compare(flick.contentY, 12 * grid.hourHeight)
    }

    function cleanupTestCase() {
        for (const id of testCase.made)
            TestServer.sessionAction(id, "cancel")
    }

    // An S-T (Jonas) teaches only his own sessions: his legend has no "An S-T teaches"; his
    // week of 14 Dec opens at his first hours (Saturday 10:00), not at the clock's hour.
    function test_8_anStsCalendar() {
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
        App.session.signIn("st1@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 15000)
        tryVerify(() => page.controller.loaded && page.controller.sessionCount > 0, 10000)
        verify(page.controller.navigator.chooseViewerZone("Europe/Berlin"))
        verify(!page.controller.othersTeach)
        page.controller.navigator.view = "week"
        page.controller.navigator.jumpTo(new Date(2026, 11, 15))
        tryVerify(() => iso(page.controller.weekModel.firstDate) === "2026-12-14", 5000)
        tryCompare(page.controller.weekModel, "workStartMinute", 10 * 60)
        waitForRendering(page)
        verify(legendTexts().length > 0)
        compare(legendTexts().indexOf("An S-T teaches"), -1, "an S-T's legend names S-T sessions")
    }

    function test_9_signOut() {
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }
}
