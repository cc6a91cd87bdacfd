import QtQuick
import QtQml.Models
import QtTest
import Companion.App
import Companion.Calendar
import Companion.Test

// The availability editor without friction, against the real platform-server and the demo
// world (its clock starts at 2026-12-01 15:15 Berlin for the server and this process; the
// zones are set here, never taken from the machine): closing a booked date warns and names
// the sessions; errors sit under their fields, never in the page's banner; the same hours on
// several days at once, and undo; the preview says why a day has no slots and offers the
// offering's booking link.
TestCase {
    id: testCase
    name: "AvailabilityEditor"
    width: 1100
    height: 760
    when: windowShown
    visible: true

    property int previews: 0
    property bool raceArmed: false
    property bool raceQueued: false
    readonly property var editor: page.controller.editor

    CalendarPage {
        id: page
        anchors.fill: parent
    }

    Connections {
        target: page.controller.preview
        function onChanged() { testCase.previews++ }
    }

    // test_5b: the second edit, made the moment the first has landed (before the screen has
    // read the version the first made).
    Connections {
        target: Account.sync
        function onOutboxChanged() {
            if (testCase.raceArmed && Account.sync.pendingEdits === 0) {
                testCase.raceArmed = false
                testCase.raceQueued = testCase.editor.addRule(6, 11 * 60, 12 * 60)
            }
        }
    }

    // For reading the clipboard as a person pasting would.
    TextEdit {
        id: pasteTarget
        visible: false
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

    function serverSchedule() {
        return TestServer.availability("creator@demo.test", "demo1234")
    }

    function landed(previousVersion) {
        tryCompare(Account.sync, "pendingEdits", 0, 15000)
        tryVerify(() => serverSchedule().version > previousVersion, 15000, "the edit did not reach the server")
        return serverSchedule().version
    }

    // The demo's today in Berlin plus `days`, as YYYY-MM-DD (from the app's clock, not the
    // machine's; a QDate arrives as UTC midnight, so UTC arithmetic whatever the machine's zone).
    function dayFromToday(days) {
        const today = page.controller.navigator.today
        return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days))
            .toISOString().slice(0, 10)
    }

    function editorItem() { return findByName(page, "availabilityEditor") }

    function test_0_signIn() {
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 15000)
        tryVerify(() => page.controller.loaded && page.controller.hasSchedule, 10000)
        // The sessions too: the warnings are about them.
        tryVerify(() => Account.dataLoaded && page.controller.sessionCount > 0, 10000)
        page.controller.navigator.viewerZone = "Europe/Berlin"
        page.controller.navigator.view = "editor"
        compare(page.controller.navigator.teacherZone, "Europe/Berlin")
        compare(dayFromToday(0), "2026-12-01")
        waitForRendering(page)
    }

    // The first of the next two weeks' dates on which the creator teaches booked sessions.
    function bookedDate() {
        for (let d = 1; d < 14; ++d) {
            const found = editor.overrideImpact(dayFromToday(d), 0, 0)
            if (found.count > 0)
                return { iso: dayFromToday(d), impact: found }
        }
        return null
    }

    function test_1_closingABookedDayWarnsAndNamesThem() {
        const booked = bookedDate()
        verify(booked, "the demo creator teaches booked sessions in the next two weeks")
        const impact = booked.impact
        verify(impact.students >= impact.count, "every session has a student")
        compare(impact.sessions.length, impact.count)
        compare(impact.summary, (impact.count === 1 ? "1 session, " : impact.count + " sessions, ")
                + (impact.students === 1 ? "1 student" : impact.students + " students") + " stay booked")

        findByName(page, "overrideDateField").text = booked.iso
        mouseClick(findByName(page, "overrideClosedBox"))
        const before = serverSchedule().version
        mouseClick(findByName(page, "addOverrideButton"))
        const warning = findByName(page, "overrideWarning")
        tryCompare(warning, "visible", true)
        compare(findByName(warning, "bookedSummary").text, impact.summary)
        // Nothing saved while the warning asks.
        compare(Account.sync.pendingEdits, 0)
        verify(!serverSchedule().overrides.some(o => o.date === booked.iso))
        // Cancel: still nothing saved.
        mouseClick(findByName(warning, "bookedCancel"))
        tryCompare(warning, "visible", false)
        compare(Account.sync.pendingEdits, 0)
        compare(serverSchedule().version, before)

        // Again, and close anyway: the date is closed on the server, the sessions stay.
        mouseClick(findByName(page, "addOverrideButton"))
        tryCompare(warning, "visible", true)
        mouseClick(findByName(warning, "bookedConfirm"))
        tryCompare(warning, "visible", false)
        const version = landed(before)
        const closed = serverSchedule().overrides.find(o => o.date === booked.iso)
        verify(closed, "the closed date is on the server")
        compare(closed.intervals.length, 0)
        compare(editor.overrideImpact(booked.iso, 0, 0).count, impact.count)

        // A vacation over the same date warns the same way; cancelled, nothing changes.
        editorItem().sideTab = 1
        waitForRendering(page)
        findByName(page, "blockFirstField").text = booked.iso
        findByName(page, "blockLastField").text = booked.iso
        mouseClick(findByName(page, "addBlockButton"))
        const blockWarning = findByName(page, "blockWarning")
        tryCompare(blockWarning, "visible", true)
        compare(findByName(blockWarning, "bookedSummary").text, impact.summary)
        mouseClick(findByName(blockWarning, "bookedCancel"))
        tryCompare(blockWarning, "visible", false)
        compare(serverSchedule().version, version)
        findByName(page, "blockFirstField").text = ""
        findByName(page, "blockLastField").text = ""
        editorItem().sideTab = 0
        waitForRendering(page)

        // Removing the override offers undo; undo puts it back on the server.
        // The editor's list is in the server's order.
        const index = serverSchedule().overrides.findIndex(o => o.date === booked.iso)
        verify(index >= 0)
        verify(editor.removeOverride(index))
        const removedAt = landed(version)
        verify(!serverSchedule().overrides.some(o => o.date === booked.iso))
        const bar = findByName(page, "undoBar")
        tryCompare(bar, "visible", true)
        verify(editor.undoText.indexOf("Removed the override on") === 0, editor.undoText)
        mouseClick(findByName(bar, "undoButton"))
        tryCompare(bar, "visible", false)
        const undoneAt = landed(removedAt)
        verify(serverSchedule().overrides.some(o => o.date === booked.iso && o.intervals.length === 0))

        // Clean up: the demo schedule as it was.
        verify(editor.removeOverride(serverSchedule().overrides.findIndex(o => o.date === booked.iso)))
        landed(undoneAt)
        editor.dismissUndo()
    }

    // The date picker opens on the app's month (December 2026, not the machine's) and fills
    // in the day clicked, whatever the machine's zone.
    function test_1b_datePicker() {
        const field = findByName(page, "overrideDateField")
        field.text = ""
        mouseClick(findByName(field, "datePickerButton"))
        tryCompare(field, "picking", true)
        compare(field.monthGrid.year, 2026)
        compare(field.monthGrid.month, 11)
        waitForRendering(page)
        const cell = findByName(field.monthGrid, "datePickerDay_2026-12-10")
        verify(cell, "no cell for 10 December")
        compare(cell.text, "10")
        mouseClick(cell)
        tryCompare(field, "picking", false)
        compare(field.text, "2026-12-10")
        tryVerify(() => !field.monthGrid.visible, 2000)
        // Opened again, it shows the typed date's month.
        field.text = "2027-03-05"
        mouseClick(findByName(field, "datePickerButton"))
        tryCompare(field, "picking", true)
        compare(field.monthGrid.month, 2)
        const march = findByName(field.monthGrid, "datePickerDay_2027-03-05")
        verify(march && march.font.bold, "the typed day is marked")
        keyClick(Qt.Key_Escape)
        tryCompare(field, "picking", false)
        // Gone, not only closing: its fade-out would take the next test's clicks.
        tryVerify(() => !field.monthGrid.visible, 2000)
        field.text = ""
    }

    // A date with nothing booked closes at once, without a warning.
    function test_2_freeDateClosesWithoutWarning() {
        let free = ""
        for (let d = 40; d < 60 && free === ""; ++d) {
            if (editor.overrideImpact(dayFromToday(d), 0, 0).count === 0)
                free = dayFromToday(d)
        }
        verify(free !== "")
        const before = serverSchedule().version
        findByName(page, "overrideDateField").text = free
        findByName(page, "overrideClosedBox").checked = true
        mouseClick(findByName(page, "addOverrideButton"))
        verify(!findByName(page, "overrideWarning").visible)
        const version = landed(before)
        verify(serverSchedule().overrides.some(o => o.date === free))
        verify(editor.removeOverride(serverSchedule().overrides.findIndex(o => o.date === free)))
        landed(version)
        editor.dismissUndo()
    }

    // Errors sit under their fields; the page's banner stays away and the layout does not move.
    function test_3_errorsInlineNotInTheBanner() {
        // Settled first: the "Saving…" notice of an earlier edit comes and goes by itself.
        tryCompare(Account.sync, "pendingEdits", 0, 15000)
        tryVerify(() => !findByName(page, "calendarPendingNotice").visible, 5000)
        waitForRendering(page)
        const views = findByName(page, "availabilityEditor")
        const top = views.mapToItem(page, 0, 0).y
        findByName(page, "overrideDateField").text = "2026-12"
        findByName(page, "overrideClosedBox").checked = false
        findByName(page, "overrideStartField").text = ""
        findByName(page, "overrideEndField").text = ""
        mouseClick(findByName(page, "addOverrideButton"))
        const dateError = findByName(page, "overrideDateError")
        const timeError = findByName(page, "overrideTimeError")
        verify(dateError.visible && dateError.text.length > 0)
        verify(timeError.visible && timeError.text.indexOf("HH:MM") >= 0)
        // A well-formed but impossible date: refused by the editor, still under the date.
        findByName(page, "overrideDateField").text = "2026-02-30"
        findByName(page, "overrideStartField").text = "10:00"
        findByName(page, "overrideEndField").text = "12:00"
        mouseClick(findByName(page, "addOverrideButton"))
        compare(dateError.text, "Enter a date as YYYY-MM-DD.")
        verify(!timeError.visible)
        compare(editor.editError, "")
        verify(!findByName(page, "calendarEditError").visible, "no page banner")
        waitForRendering(page)
        compare(views.mapToItem(page, 0, 0).y, top, "the editor did not move")
        compare(Account.sync.pendingEdits, 0)
        // The time placeholders are formats, not values.
        compare(findByName(page, "overrideStartField").placeholderText, "HH:MM")
        findByName(page, "overrideDateField").text = ""
        findByName(page, "overrideStartField").text = ""
        findByName(page, "overrideEndField").text = ""
    }

    function rulesOn(day) {
        return editor.weeklyRules.filter(r => r.day === day).map(r => r.text)
    }

    // The same hours on Saturday and Sunday in one go: one edit, one version; undone as one.
    function test_4_multiDayAddAndUndo() {
        const saturday = rulesOn(6).length, sunday = rulesOn(7).length
        mouseClick(findByName(page, "addRuleButton"))
        const dialog = editorItem().ruleDialog
        tryCompare(dialog, "opened", true)
        const from = findByName(dialog.contentItem, "ruleFromField")
        const to = findByName(dialog.contentItem, "ruleToField")
        compare(from.text, "", "a new block starts empty")
        compare(from.placeholderText, "HH:MM")
        // Save with no day: said in the dialog, which stays open.
        from.text = "06:00"
        to.text = "07:30"
        mouseClick(findByName(dialog.footer, "ruleSaveButton"))
        compare(findByName(dialog.contentItem, "ruleHint").text, "Pick at least one day.")
        verify(dialog.visible)
        mouseClick(findByName(dialog.contentItem, "ruleDay_5"))
        mouseClick(findByName(dialog.contentItem, "ruleDay_6"))
        const before = serverSchedule().version
        mouseClick(findByName(dialog.footer, "ruleSaveButton"))
        tryCompare(dialog, "visible", false)
        verify(rulesOn(6).indexOf("06:00–07:30") >= 0)
        verify(rulesOn(7).indexOf("06:00–07:30") >= 0)
        const added = landed(before)
        compare(added, before + 1, "both days in one edit")
        const server = serverSchedule().weekly
        verify(server.some(r => r.day === 6 && r.start === "06:00" && r.end === "07:30"))
        verify(server.some(r => r.day === 7 && r.start === "06:00" && r.end === "07:30"))
        compare(editor.undoText, "Added 06:00–07:30 on 2 days")

        const bar = findByName(page, "undoBar")
        tryCompare(bar, "visible", true)
        mouseClick(findByName(bar, "undoButton"))
        compare(rulesOn(6).length, saturday)
        compare(rulesOn(7).length, sunday)
        landed(added)
        verify(!serverSchedule().weekly.some(r => r.start === "06:00" && r.end === "07:30"))
        compare(editor.undoText, "")
    }

    // Delete a weekly block from its dialog; undo brings it back, on the server too. Another
    // edit in between ends the undo (it would restore a copy that is gone).
    function test_5_deleteThenUndo() {
        const rule = editor.weeklyRules[0]
        const count = editor.weeklyRules.length
        const hasRule = () => serverSchedule().weekly.some(r => r.day === rule.day
                                                           && r.start === editor.minuteText(rule.startMinute)
                                                           && r.end === editor.minuteText(rule.endMinute))
        verify(hasRule())
        let version = serverSchedule().version
        const dialog = editorItem().ruleDialog
        dialog.open(rule.index, rule.day - 1, rule.startMinute, rule.endMinute)
        tryCompare(dialog, "opened", true)
        mouseClick(findByName(dialog.footer, "ruleDeleteButton"))
        tryCompare(dialog, "visible", false)
        compare(editor.weeklyRules.length, count - 1)
        verify(editor.undoText.indexOf("Deleted ") === 0 && editor.undoText.indexOf(rule.text) > 0, editor.undoText)
        version = landed(version)
        verify(!hasRule())
        const bar = findByName(page, "undoBar")
        tryCompare(bar, "visible", true)
        mouseClick(findByName(bar, "undoButton"))
        compare(editor.weeklyRules.length, count)
        version = landed(version)
        verify(hasRule())
        compare(editor.undoText, "")

        // Delete, then another edit: nothing to undo any more. (Each edit lands before the
        // next, so the server's copy can be checked after each; test_5b makes them race.)
        verify(editor.removeRule(editor.weeklyRules.find(r => r.text === rule.text && r.day === rule.day).index))
        verify(editor.undoText.length > 0)
        version = landed(version)
        verify(editor.addRule(rule.day, rule.startMinute, rule.endMinute))
        compare(editor.undoText, "")
        verify(!editor.undo())
        landed(version)
        verify(hasRule())
        compare(editor.weeklyRules.length, count)
    }

    // Two edits within one round trip: the second is made as the first lands, while the
    // screen still knows the version before it. Both reach the server, and the teacher is not
    // shown a conflict with her own edit (it came back 412 when the second was built on the
    // old version).
    function test_5b_anEditWithinTheRoundTripOfTheLast() {
        const count = editor.weeklyRules.length
        const version = serverSchedule().version
        const saturdayAt = start => serverSchedule().weekly.some(r => r.day === 6 && r.start === start)
        raceArmed = true
        verify(editor.addRule(6, 9 * 60, 10 * 60))
        tryVerify(() => raceQueued, 15000, "the second edit was not made as the first landed")
        tryCompare(Account.sync, "pendingEdits", 0, 15000)
        tryVerify(() => serverSchedule().version === version + 2, 15000, "both edits reach the server")
        compare(Account.sync.conflicts, 0)
        verify(saturdayAt("09:00") && saturdayAt("11:00"))
        compare(editor.weeklyRules.length, count + 2)

        // Back to the demo week for the tests after this one, one landed edit at a time.
        let landedAt = serverSchedule().version
        for (const start of [9 * 60, 11 * 60]) {
            verify(editor.removeRule(editor.weeklyRules.find(r => r.day === 6 && r.startMinute === start).index))
            landedAt = landed(landedAt)
        }
        verify(!saturdayAt("09:00") && !saturdayAt("11:00"))
        compare(editor.weeklyRules.length, count)
    }

    // The preview, for the demo week in Berlin: a day without slots says why, from the engine.
    function test_6_previewReasons() {
        page.controller.navigator.view = "preview"
        page.controller.navigator.viewerZone = "Europe/Berlin"
        const previews = testCase.previews
        page.controller.navigator.jumpTo(new Date(2026, 11, 1))
        tryVerify(() => testCase.previews > previews && page.controller.preview.days.length === 7, 5000)
        const preview = page.controller.preview
        const known = ["past", "notice", "window", "booked", "buffer", "cap", "closed", "vacation"]
        for (let offering = 0; offering < preview.offerings.length; ++offering) {
            preview.offering = offering
            const days = preview.days
            // Monday 30 November is over at 15:15 on Tuesday: whatever hours it had are past.
            verify(days[0].slots.length === 0)
            verify(days[0].reason === "past" || days[0].reason === "closed", days[0].reason)
            for (const day of days) {
                if (day.slots.length > 0) {
                    compare(day.reason, "")
                    verify(day.note === "" || /^\d+ more not offered: /.test(day.note), day.note)
                } else {
                    verify(known.indexOf(day.reason) >= 0, day.label + ": " + day.reason)
                    verify(day.reasonText.length > 0)
                }
            }
            // The offering's rules are listed, starting with its lesson length.
            verify(preview.limits.length >= 5)
            const minutes = preview.offerings[offering].durationMinutes
            compare(preview.limits[0], (minutes % 60 === 0 ? (minutes / 60) + " h" : minutes < 60 ? minutes + " min"
                                        : Math.floor(minutes / 60) + " h " + (minutes % 60) + " min") + " lessons")
            verify(preview.limits[1].indexOf("a start every ") === 0, preview.limits[1])
        }
        // Tuesday 1 December at 15:15: the day's earlier starts are past, said under its slots.
        preview.offering = 0
        const tuesday = preview.days[1]
        if (tuesday.slots.length > 0)
            verify(/^\d+ more not offered: Already past$/.test(tuesday.note) || tuesday.note.indexOf("notice") > 0,
                   tuesday.note)
        waitForRendering(page)
        const monday = findByName(page, "previewReason_0")
        verify(monday && monday.visible && monday.text === preview.days[0].reasonText)
    }

    // A vacation on the server: that day says "Vacation" in the preview.
    function test_7_previewVacation() {
        page.controller.navigator.view = "editor"
        const free = "2026-12-26" // a Saturday without sessions in the demo world
        compare(editor.blockImpact(free, free).count, 0)
        const before = serverSchedule().version
        verify(editor.addBlockText(free, free, "test"))
        const added = landed(before)
        page.controller.navigator.view = "preview"
        const previews = testCase.previews
        page.controller.navigator.jumpTo(new Date(2026, 11, 26))
        tryVerify(() => testCase.previews > previews && page.controller.preview.days.length === 7
                  && page.controller.preview.days[5].iso === free, 5000)
        compare(page.controller.preview.days[5].reason, "vacation")
        compare(page.controller.preview.days[5].reasonText, "Vacation")
        page.controller.navigator.view = "editor"
        verify(editor.removeBlock(serverSchedule().blocks.findIndex(b => b.start_date === free)))
        landed(added)
        editor.dismissUndo()
    }

    // The booking link the API gives, copied for the teacher to share.
    function test_8_copyBookingLink() {
        page.controller.navigator.view = "preview"
        page.controller.preview.offering = 0
        const url = page.controller.preview.bookingUrl
        const base = App.serverUrl.toString().replace(/\/$/, "")
        verify(url.indexOf(base + "/courses/") === 0, url)
        verify(/\/book\/off_[a-z_0-9]+$/.test(url), url)
        waitForRendering(page)
        const button = findByName(page, "copyBookingLink")
        verify(button && button.visible)
        mouseClick(button)
        compare(button.text, "Link copied")
        pasteTarget.text = ""
        pasteTarget.paste()
        compare(pasteTarget.text, url)
    }

    function test_9_signOut() {
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }
}
