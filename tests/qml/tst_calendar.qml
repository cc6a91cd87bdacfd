import QtQuick
import QtQml.Models
import QtTest
import Companion.App
import Companion.Calendar
import Companion.Test

// The availability editor against the real platform-server: drag to create, resize,
// move and delete a weekly block, add and remove a date override. Every edit goes
// through the outbox: it shows as pending, then lands (pendingEdits back to 0) and the
// server's schedule version goes up.
TestCase {
    id: testCase
    name: "CalendarEditor"
    width: 1100
    height: 760
    when: windowShown
    visible: true

    property int maxPending: 0
    property int startVersion: -1
    property int weekLayouts: 0
    property int previews: 0

    CalendarPage {
        id: page
        anchors.fill: parent
    }

    Connections {
        target: page.controller.weekModel
        function onLayoutDone() { testCase.weekLayouts++ }
    }

    Connections {
        target: page.controller.preview
        function onChanged() { testCase.previews++ }
    }

    Connections {
        target: Account.ready ? Account.sync : null
        function onOutboxChanged() {
            testCase.maxPending = Math.max(testCase.maxPending, Account.sync.pendingEdits)
        }
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

    // The server's own copy (read over HTTP by the test host).
    function serverSchedule() {
        return TestServer.availability("creator@demo.test", "demo1234")
    }

    // The editor's override list, read through its model like a delegate reads it.
    Instantiator {
        id: overrideList
        model: page.controller.editor.overrides
        delegate: QtObject {
            required property int overrideIndex
            required property string iso
            required property string text
        }
    }
    function overrideRows() {
        const rows = []
        for (let i = 0; i < overrideList.count; ++i) {
            const row = overrideList.objectAt(i)
            rows.push({ index: row.overrideIndex, iso: row.iso, text: row.text })
        }
        return rows
    }

    function rulesOn(day) {
        return page.controller.editor.weeklyRules.filter(r => r.day === day).map(r => r.text)
    }

    function ruleIndexOn(day) {
        const rule = page.controller.editor.weeklyRules.find(r => r.day === day)
        return rule ? rule.index : -1
    }

    // One edit: pending shows up, then it lands and the server version moves on.
    function waitForLanding(previousVersion) {
        tryVerify(() => testCase.maxPending >= 1, 5000, "the edit never showed as pending")
        tryCompare(Account.sync, "pendingEdits", 0, 15000)
        tryVerify(() => serverSchedule().version > previousVersion, 15000,
                  "the server's version did not move on")
        testCase.maxPending = 0
        return serverSchedule().version
    }

    function grid() { return findByName(page, "templateGrid") }

    function test_0_signIn() {
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 15000)
        tryVerify(() => page.controller.loaded && page.controller.hasSchedule, 10000)
        tryVerify(() => serverSchedule().version !== undefined, 10000)
        startVersion = serverSchedule().version
        page.controller.navigator.view = "editor"
        tryVerify(() => page.controller.templateModel.count === page.controller.editor.weeklyRules.length)
        compare(rulesOn(6), [], "the demo creator has no Saturday hours")
        waitForRendering(page)
    }

    function test_1_dragToCreate() {
        const area = findByName(page, "templateCreateArea")
        verify(area)
        const g = grid()
        const x = g.columnWidth * 5.5 // Saturday
        const from = g.minuteY(10 * 60), to = g.minuteY(12 * 60)
        const before = serverSchedule().version
        mousePress(area, x, from)
        mouseMove(area, x, from + 20, -1, Qt.LeftButton)
        mouseMove(area, x, to, -1, Qt.LeftButton)
        verify(findByName(page, "templateGhost").visible)
        mouseRelease(area, x, to)
        compare(rulesOn(6), ["10:00–12:00"])
        waitForLanding(before)
        const server = serverSchedule().weekly.filter(r => r.day === 6)
        compare(server.length, 1)
        compare(server[0].start, "10:00")
        compare(server[0].end, "12:00")
    }

    function test_2_resize() {
        const g = grid()
        const index = ruleIndexOn(6)
        tryVerify(() => findByName(page, "ruleResizeBottom_" + index) !== null)
        waitForRendering(page)
        const edge = findByName(page, "ruleResizeBottom_" + index)
        const before = serverSchedule().version
        // Positions in the grid's coordinates: the edge itself moves while dragged.
        const p = edge.mapToItem(g.canvas, edge.width / 2, 4)
        mousePress(g.canvas, p.x, p.y)
        mouseMove(g.canvas, p.x, p.y + g.hourHeight / 2, -1, Qt.LeftButton)
        mouseMove(g.canvas, p.x, p.y + g.hourHeight, -1, Qt.LeftButton)
        mouseRelease(g.canvas, p.x, p.y + g.hourHeight)
        compare(rulesOn(6), ["10:00–13:00"])
        waitForLanding(before)
        compare(serverSchedule().weekly.find(r => r.day === 6).end, "13:00")
    }

    function test_3_moveToAnotherDay() {
        const g = grid()
        const index = ruleIndexOn(6)
        tryVerify(() => findByName(page, "ruleMove_" + index) !== null)
        waitForRendering(page)
        const body = findByName(page, "ruleMove_" + index)
        const before = serverSchedule().version
        const p = body.mapToItem(g.canvas, body.width / 2, 20)
        mousePress(g.canvas, p.x, p.y)
        mouseMove(g.canvas, p.x, p.y + 10, -1, Qt.LeftButton)
        mouseMove(g.canvas, p.x + g.columnWidth, p.y + g.hourHeight, -1, Qt.LeftButton)
        mouseRelease(g.canvas, p.x + g.columnWidth, p.y + g.hourHeight)
        compare(rulesOn(6), [])
        compare(rulesOn(7), ["11:00–14:00"])
        waitForLanding(before)
        const sunday = serverSchedule().weekly.filter(r => r.day === 7)
        compare(sunday.length, 1)
        compare(sunday[0].start, "11:00")
        compare(sunday[0].end, "14:00")
    }

    function test_4_clickThenDelete() {
        const index = ruleIndexOn(7)
        tryVerify(() => findByName(page, "ruleMove_" + index) !== null)
        waitForRendering(page)
        const body = findByName(page, "ruleMove_" + index)
        const before = serverSchedule().version
        mouseClick(body, body.width / 2, 20)
        const dialog = findByName(page, "availabilityEditor").ruleDialog
        tryCompare(dialog, "opened", true)
        const remove = findByName(dialog.footer, "ruleDeleteButton")
        verify(remove)
        mouseClick(remove)
        tryCompare(dialog, "visible", false)
        compare(rulesOn(7), [])
        waitForLanding(before)
        compare(serverSchedule().weekly.filter(r => r.day === 7).length, 0)
        compare(serverSchedule().weekly.length, page.controller.editor.weeklyRules.length)
    }

    // Without a mouse: "Add weekly hours…", fill the dialog, save; then focus the block and press Delete.
    function test_4b_keyboardAddAndDelete() {
        let before = serverSchedule().version
        mouseClick(findByName(page, "addRuleButton"))
        const dialog = findByName(page, "availabilityEditor").ruleDialog
        tryCompare(dialog, "opened", true)
        mouseClick(findByName(dialog.contentItem, "ruleDay_5"))
        const from = findByName(dialog.contentItem, "ruleFromField")
        const to = findByName(dialog.contentItem, "ruleToField")
        from.text = "18:00"
        to.text = "19:30"
        verify(!findByName(dialog.footer, "ruleDeleteButton").visible)
        mouseClick(findByName(dialog.footer, "ruleSaveButton"))
        tryCompare(dialog, "visible", false)
        compare(rulesOn(6), ["18:00–19:30"])
        waitForLanding(before)
        verify(serverSchedule().weekly.some(r => r.day === 6 && r.start === "18:00" && r.end === "19:30"))

        before = serverSchedule().version
        const index = ruleIndexOn(6)
        tryVerify(() => findByName(page, "ruleBlock_" + index) !== null)
        const block = findByName(page, "ruleBlock_" + index)
        block.forceActiveFocus()
        verify(block.activeFocus, "the block did not take the focus")
        keyClick(Qt.Key_Delete)
        compare(rulesOn(6), [])
        waitForLanding(before)
        verify(!serverSchedule().weekly.some(r => r.day === 6))
    }

    function test_5_override() {
        const before = serverSchedule().version
        findByName(page, "overrideDateField").text = "2026-12-09"
        findByName(page, "overrideStartField").text = "10:00"
        findByName(page, "overrideEndField").text = "11:30"
        mouseClick(findByName(page, "addOverrideButton"))
        // Booked sessions that day outside 10:00-11:30 are named first; they stay booked.
        if (page.controller.editor.overrideImpact("2026-12-09", 600, 690).count > 0) {
            tryCompare(findByName(page, "overrideWarning"), "visible", true)
            mouseClick(findByName(findByName(page, "overrideWarning"), "bookedConfirm"))
        }
        verify(overrideRows().some(o => o.iso === "2026-12-09" && o.text === "10:00–11:30"))
        const v = waitForLanding(before)
        const server = serverSchedule().overrides.find(o => o.date === "2026-12-09")
        verify(server)
        compare(server.intervals.length, 1)
        compare(server.intervals[0].start, "10:00")
        compare(server.intervals[0].end, "11:30")

        // The week of 9 Dec shows it as override availability (10:00-11:30 Berlin).
        page.controller.navigator.viewerZone = "Europe/Berlin"
        page.controller.navigator.jumpTo(new Date(2026, 11, 9))
        page.controller.navigator.view = "week"
        tryVerify(() => {
            const m = page.controller.weekModel
            for (let i = 0; i < m.count; ++i) {
                const idx = m.index(i, 0)
                if (m.data(idx, CalendarWeekModel.FromOverrideRole) && m.data(idx, CalendarWeekModel.DayRole) === 2
                        && m.data(idx, CalendarWeekModel.StartMinuteRole) === 600
                        && m.data(idx, CalendarWeekModel.EndMinuteRole) === 690)
                    return true
            }
            return false
        }, 5000, "the override is not drawn in the week")

        // Remove it again.
        page.controller.navigator.view = "editor"
        const index = overrideRows().find(o => o.iso === "2026-12-09").index
        waitForRendering(page)
        mouseClick(findByName(page, "removeOverride_" + index))
        verify(!overrideRows().some(o => o.iso === "2026-12-09"))
        waitForLanding(v)
        verify(!serverSchedule().overrides.some(o => o.date === "2026-12-09"))
    }

    // Another client changes the schedule; our edit, made on the old version, comes back
    // as a conflict; "Keep mine" sends it again on top of the server's version.
    // Drag on the week grid, viewed from New York: 04:00-06:00 there on Sat 12 Dec is
    // 10:00-12:00 in Berlin, stored as a date override for 12 Dec.
    function test_5b_dragOnTheWeekAddsHoursOnThatDate() {
        page.controller.navigator.view = "week"
        page.controller.navigator.viewerZone = "America/New_York"
        page.controller.navigator.jumpTo(new Date(2026, 11, 12))
        const area = findByName(page, "weekCreateArea")
        verify(area)
        const flick = findByName(page, "timeGridFlickable")
        flick.contentY = 3 * 44
        waitForRendering(page)
        const g = findByName(page, "weekView")
        const x = g.columnWidth * 5.5
        const before = serverSchedule().version
        mousePress(area, x, g.minuteY(4 * 60) + 1)
        mouseMove(area, x, g.minuteY(5 * 60), -1, Qt.LeftButton)
        mouseMove(area, x, g.minuteY(6 * 60), -1, Qt.LeftButton)
        mouseRelease(area, x, g.minuteY(6 * 60))
        compare(page.controller.editor.editError, "")
        verify(overrideRows().some(o => o.iso === "2026-12-12" && o.text === "10:00–12:00"))
        waitForLanding(before)
        const server = serverSchedule().overrides.find(o => o.date === "2026-12-12")
        verify(server)
        compare(server.intervals[0].start, "10:00")
        compare(server.intervals[0].end, "12:00")

        // Remove it again.
        const again = serverSchedule().version
        verify(page.controller.editor.removeOverride(overrideRows().find(o => o.iso === "2026-12-12").index))
        waitForLanding(again)
        page.controller.navigator.viewerZone = "Europe/Berlin"
    }

    // Another client (real HTTP, its own sign-in) adds Sunday 08:00-09:00; returns the new version.
    function changeElsewhere() {
        // The app's last sync must be over, or its pulls could already bring the change.
        tryCompare(Account.sync, "syncing", false, 15000)
        let token = ""
        let serverVersion = -1
        const base = App.serverUrl.toString().replace(/\/$/, "")
        function call(method, path, body, headers, then) {
            const request = new XMLHttpRequest()
            request.onreadystatechange = () => {
                if (request.readyState === XMLHttpRequest.DONE)
                    then(request.status, request.responseText ? JSON.parse(request.responseText) : null)
            }
            request.open(method, base + path)
            request.setRequestHeader("Content-Type", "application/json")
            if (token.length > 0)
                request.setRequestHeader("Authorization", "Bearer " + token)
            for (const name in headers)
                request.setRequestHeader(name, headers[name])
            request.send(body ? JSON.stringify(body) : "")
        }
        call("POST", "/api/auth/login", { email: "creator@demo.test", password: "demo1234" }, {}, (status, reply) => {
            compare(status, 200)
            token = reply.access_token
            call("GET", "/api/availability", null, {}, (status, schedule) => {
                compare(status, 200)
                const changed = { time_zone: schedule.time_zone, name: schedule.name,
                                  weekly: schedule.weekly.concat([{ day: 7, start: "08:00", end: "09:00" }]),
                                  overrides: schedule.overrides, blocks: schedule.blocks }
                call("PUT", "/api/availability", changed, { "If-Match": "\"" + schedule.version + "\"" }, (status, saved) => {
                    compare(status, 200)
                    serverVersion = saved.version
                })
            })
        })
        tryVerify(() => serverVersion > 0, 10000, "the other client's change did not save")
        verify(page.controller.editor.serverVersion < serverVersion, "the app must still have the old version")
        return serverVersion
    }

    // Our edit, made on the old version, comes back as a conflict; "Keep mine" sends it
    // again on top of the server's version.
    function test_6_conflictKeepMine() {
        const serverVersion = changeElsewhere()
        page.controller.navigator.view = "editor"
        verify(page.controller.editor.addRule(6, 10 * 60, 11 * 60))
        tryCompare(Account.sync, "conflicts", 1, 15000)
        tryCompare(page.controller.editor.conflictEdits, "length", 1, 5000)
        waitForRendering(page)
        const keep = findByName(page, "keepMineButton")
        verify(keep && keep.visible)
        mouseClick(keep)
        tryCompare(Account.sync, "conflicts", 0, 15000)
        tryCompare(Account.sync, "pendingEdits", 0, 15000)
        tryVerify(() => serverSchedule().version === serverVersion + 1, 15000)
        // Mine won: Saturday 10-11 is there, the other client's Sunday 08-09 is not.
        verify(serverSchedule().weekly.some(r => r.day === 6 && r.start === "10:00" && r.end === "11:00"))
        verify(!serverSchedule().weekly.some(r => r.day === 7))
        compare(page.controller.editor.conflictEdits.length, 0)

        // Put the demo schedule back.
        const before = serverSchedule().version
        verify(page.controller.editor.removeRule(ruleIndexOn(6)))
        waitForLanding(before)
    }

    // The same, but "Take theirs": our edit is dropped and the editor shows the server's hours.
    function test_6b_conflictTakeTheirs() {
        const serverVersion = changeElsewhere()
        verify(page.controller.editor.addRule(6, 10 * 60, 11 * 60))
        tryCompare(Account.sync, "conflicts", 1, 15000)
        tryCompare(page.controller.editor.conflictEdits, "length", 1, 5000)
        waitForRendering(page)
        const take = findByName(page, "takeTheirsButton")
        verify(take && take.visible)
        mouseClick(take)
        tryCompare(Account.sync, "conflicts", 0, 15000)
        tryCompare(Account.sync, "pendingEdits", 0, 15000)
        tryVerify(() => serverSchedule().version === serverVersion, 15000)
        tryVerify(() => rulesOn(6).length === 0 && rulesOn(7).length === 1, 10000, "the editor does not show theirs")
        compare(rulesOn(7), ["08:00–09:00"])

        // Put the demo schedule back.
        const before = serverSchedule().version
        verify(page.controller.editor.removeRule(ruleIndexOn(7)))
        waitForLanding(before)
        verify(!serverSchedule().weekly.some(r => r.day === 7))
    }

    function test_7_versionsMovedOncePerEdit() {
        // Ten edits, two changes by the other client, the kept conflict and two clean-ups: one version each.
        compare(serverSchedule().version, startVersion + 15)
        compare(Account.sync.conflicts, 0)
    }

    function test_8_keyboardNavigation() {
        page.controller.navigator.view = "week"
        page.controller.navigator.jumpTo(new Date(2026, 11, 9))
        page.forceActiveFocus()
        const title = page.controller.navigator.rangeTitle
        keyClick(Qt.Key_Right)
        verify(page.controller.navigator.rangeTitle !== title)
        keyClick(Qt.Key_Left)
        compare(page.controller.navigator.rangeTitle, title)
        keyClick(Qt.Key_M)
        compare(page.controller.navigator.view, "month")
        compare(page.controller.navigator.rangeTitle, "December 2026")
        keyClick(Qt.Key_A)
        compare(page.controller.navigator.view, "agenda")
        keyClick(Qt.Key_W)
        compare(page.controller.navigator.view, "week")
    }

    function test_8a_zonePicker() {
        verify(!page.controller.navigator.chooseViewerZone("Mars/Olympus_Mons"))
        verify(page.controller.navigator.chooseViewerZone("Asia/Kathmandu"))
        compare(page.controller.navigator.viewerZone, "Asia/Kathmandu")
        verify(page.controller.navigator.viewerZoneLabel.indexOf("UTC+05:45") >= 0)
        verify(page.controller.navigator.teacherZoneLabel.indexOf("Europe/Berlin") === 0)
    }

    // The first cancelled session of the visible week, read from the week model itself.
    function cancelledSessionOfWeek() {
        const model = page.controller.weekModel
        for (let row = 0; row < model.count; ++row) {
            const at = model.index(row, 0)
            if (model.data(at, CalendarWeekModel.KindRole) === "session"
                    && model.data(at, CalendarWeekModel.CancelledRole))
                return { id: model.data(at, CalendarWeekModel.EntryIdRole),
                         title: model.data(at, CalendarWeekModel.TitleRole),
                         time: model.data(at, CalendarWeekModel.TimeRangeRole) }
        }
        return null
    }

    function test_8b_sessionDetails() {
        page.controller.navigator.viewerZone = "Europe/Berlin"
        page.controller.navigator.view = "week"
        // Walk back from today's week to one with a cancelled session (the demo world has
        // 60 days of history, about one in eight past sessions cancelled).
        let session = null
        for (let weeks = 0; weeks < 9 && session === null; ++weeks) {
            const day = new Date(page.controller.navigator.today.getTime() - weeks * 7 * 24 * 3600 * 1000)
            const shown = page.controller.navigator.visibleIso
            const layouts = testCase.weekLayouts
            page.controller.navigator.jumpTo(day)
            if (page.controller.navigator.visibleIso !== shown)
                tryVerify(() => testCase.weekLayouts > layouts, 5000, "the week was not laid out")
            session = cancelledSessionOfWeek()
        }
        verify(session !== null, "no cancelled session in the last nine weeks of the demo world")
        tryVerify(() => findByName(page, "sessionCard_" + session.id) !== null, 5000)
        waitForRendering(page)
        const card = findByName(page, "sessionCard_" + session.id)
        const flick = findByName(page, "timeGridFlickable")
        flick.contentY = Math.max(0, card.parent.y - 40)
        waitForRendering(page)
        mouseClick(card)
        const details = page.sessionDetails
        tryCompare(details, "opened", true)
        compare(details.title, session.title)
        compare(details.detail.status, "cancelled")
        verify(details.detail.whenText.indexOf(session.time) >= 0, details.detail.whenText + " / " + session.time)
        details.close()
        tryCompare(details, "visible", false)
    }

    // A night range by drag: from Wednesday 22:00 on into Thursday's column to 02:00. It is
    // stored as Wed 22:00-24:00 + Thu 00:00-02:00, drawn as one block across midnight, and
    // students are offered a 90-minute lesson at 23:30.
    function test_8c_nightRangeByDrag() {
        page.controller.navigator.view = "editor"
        page.controller.navigator.viewerZone = "Europe/Berlin"
        tryVerify(() => page.controller.templateModel.count === page.controller.editor.weeklyRules.length)
        waitForRendering(page)
        const area = findByName(page, "templateCreateArea")
        const g = grid()
        const flick = findByName(g, "timeGridFlickable")
        const before = serverSchedule().version
        // The grid scrolls: press at 22:00 with the evening in view, release at 02:00 with
        // the night in view (the area's coordinates are the grid's content coordinates).
        flick.contentY = flick.contentHeight - flick.height
        waitForRendering(page)
        const wednesday = g.columnWidth * 2.5, thursday = g.columnWidth * 3.5
        mousePress(area, wednesday, g.minuteY(22 * 60))
        mouseMove(area, wednesday, g.minuteY(23 * 60), -1, Qt.LeftButton)
        mouseMove(area, thursday, g.minuteY(2 * 60), -1, Qt.LeftButton)
        verify(findByName(page, "templateGhost").visible)
        verify(findByName(page, "templateGhostNextDay").visible, "the ghost shows the part after midnight")
        mouseRelease(area, thursday, g.minuteY(2 * 60))
        verify(rulesOn(3).indexOf("22:00–24:00") >= 0, rulesOn(3))
        verify(rulesOn(4).indexOf("00:00–02:00") >= 0, rulesOn(4))
        waitForLanding(before)
        verify(serverSchedule().weekly.some(r => r.day === 3 && r.start === "22:00" && r.end === "24:00"))
        verify(serverSchedule().weekly.some(r => r.day === 4 && r.start === "00:00" && r.end === "02:00"))

        // One block across the day boundary: both pieces read 22:00–02:00 and continue.
        const model = page.controller.templateModel
        const pieces = []
        for (let row = 0; row < model.count; ++row) {
            const at = model.index(row, 0)
            if (model.data(at, CalendarWeekModel.TimeRangeRole) === "22:00–02:00")
                pieces.push({ day: model.data(at, CalendarWeekModel.DayRole),
                              before: model.data(at, CalendarWeekModel.ContinuesBeforeRole),
                              after: model.data(at, CalendarWeekModel.ContinuesAfterRole) })
        }
        compare(pieces.length, 2)
        pieces.sort((a, b) => a.day - b.day)
        compare(pieces[0].day, 2)
        verify(!pieces[0].before && pieces[0].after)
        compare(pieces[1].day, 3)
        verify(pieces[1].before && !pieces[1].after)

        // The student preview (what the server holds) offers the 90-minute course at 23:30
        // on a Wednesday: the slot runs past midnight into the Thursday hours.
        const python = page.controller.preview.offerings.findIndex(o => o.durationMinutes === 90)
        verify(python >= 0, "the demo creator has a 90-minute offering")
        page.controller.preview.offering = python
        page.controller.navigator.view = "preview"
        let offered = false
        let seen = []
        for (let weeks = 1; weeks <= 3 && !offered; ++weeks) {
            const previews = testCase.previews
            page.controller.navigator.jumpTo(new Date(page.controller.navigator.today.getTime() + weeks * 7 * 24 * 3600 * 1000))
            tryVerify(() => testCase.previews > previews && page.controller.preview.days.length === 7, 5000)
            const wed = page.controller.preview.days[2]
            offered = wed.slots.indexOf("23:30") >= 0
            seen.push(wed.label + ": " + wed.slots.join(" "))
        }
        verify(offered, "no Wednesday in the next three weeks offers 23:30: " + seen.join("; ") + " " + page.controller.preview.error)

        // Put the demo schedule back.
        page.controller.navigator.view = "editor"
        const again = serverSchedule().version
        const night = page.controller.editor.weeklyRules.filter(r => (r.day === 3 && r.startMinute === 22 * 60)
                                                             || (r.day === 4 && r.startMinute === 0))
        compare(night.length, 2)
        verify(page.controller.editor.removeRule(Math.max(night[0].index, night[1].index)))
        verify(page.controller.editor.removeRule(Math.min(night[0].index, night[1].index)))
        tryCompare(Account.sync, "pendingEdits", 0, 15000)
        tryVerify(() => !serverSchedule().weekly.some(r => r.day === 3 && r.end === "24:00"), 15000)
    }

    function test_9_signOut() {
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }
}
