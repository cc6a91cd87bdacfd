import QtQuick
import QtTest
import Companion.App
import Companion.Test

// The whole window by keyboard alone, as someone without a mouse uses it: sign in (type,
// Tab, Enter), open every page with Ctrl+1…Ctrl+7, add weekly hours in the calendar's editor
// and remove them again, open a session's details with Enter and close them with Escape.
// Nothing here clicks; every step starts from where the keyboard focus is.
TestCase {
    id: testCase
    name: "Keyboard"
    when: windowShown

    property var window: null
    readonly property var pages: ["home", "calendar", "bookings", "earnings", "payouts", "feed", "settings"]

    function focused() {
        return window.activeFocusItem
    }
    function focusedName() {
        return focused() ? focused().objectName : ""
    }
    function typeText(text) {
        for (const ch of text)
            keyClick(ch)
    }
    // Tab (or Shift+Tab) until `found(item)` holds for the focused item; fails after `max` steps.
    function tabTo(found, what, max, backwards) {
        for (let i = 0; i < (max ?? 80); ++i) {
            if (focused() && found(focused()))
                return focused()
            keyClick(Qt.Key_Tab, backwards ? Qt.ShiftModifier : Qt.NoModifier)
        }
        fail("Tab never reached " + what + "; the focus is on " + focused() + " " + focusedName())
        return null
    }
    function shot(name) {
        if (TestServer.screenshotDir.length === 0)
            return
        wait(200)
        grabImage(window.contentItem).save(TestServer.screenshotDir + "/keyboard-" + name + "-"
                                          + (App.darkTheme ? "dark" : "light") + ".png")
    }
    function findAll(item, test, into) {
        if (!item)
            return into
        if (test(item))
            into.push(item)
        const children = item.children !== undefined ? item.children : []
        for (let i = 0; i < children.length; ++i)
            findAll(children[i], test, into)
        return into
    }

    function initTestCase() {
        App.darkTheme = TestServer.darkRun
        if (App.session.state !== AuthSession.SignedOut) {
            App.session.signOut()
            tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
        }
        const component = Qt.createComponent("qrc:/Companion/Shell/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1024, height: 640 })
        verify(window)
        window.requestActivate()
        tryVerify(() => window.active, 5000)
    }

    function cleanupTestCase() {
        if (App.session.state !== AuthSession.SignedOut) {
            tryCompare(Account.sync, "syncing", false, 15000)
            App.session.signOut()
            tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
        }
        App.currentPage = "home"
        App.darkTheme = false
        if (window)
            window.destroy()
    }

    function test_0_signInByKeys() {
        // The email field has the focus as soon as the sign-in page shows.
        tryVerify(() => focusedName() === "emailField", 5000, "the email field has no focus: " + focused())
        typeText("st1@demo.test")
        keyClick(Qt.Key_Tab)
        compare(focusedName(), "passwordField")
        typeText("demo1234")
        shot("signin")
        keyClick(Qt.Key_Return)
        tryCompare(Account, "ready", true, 15000)
        tryVerify(() => Account.sessions.count > 0, 15000)
        compare(App.session.userEmail, "st1@demo.test")
    }

    function test_1_shortcutsOpenEveryPage() {
        // Straight after signing in, without a click into the window.
        for (let i = pages.length - 1; i >= 0; --i) {
            keyClick(String(i + 1), Qt.ControlModifier)
            compare(App.currentPage, pages[i], "Ctrl+" + (i + 1))
        }
        compare(App.currentPage, "home")
        // Each page takes the focus, so its own keys work at once: the calendar's W, M, A.
        keyClick("2", Qt.ControlModifier)
        const calendar = findAll(window.contentItem, item => item.objectName === "calendarPage", [])[0]
        verify(calendar)
        tryVerify(() => calendar.activeFocus, 2000, "the calendar page has no focus after Ctrl+2")
        keyClick(Qt.Key_M)
        compare(calendar.controller.navigator.view, "month")
        keyClick(Qt.Key_A)
        compare(calendar.controller.navigator.view, "agenda")
        keyClick(Qt.Key_W)
        compare(calendar.controller.navigator.view, "week")
        // Home: Tab reaches its link to the bookings, and Enter follows it.
        keyClick("1", Qt.ControlModifier)
        tabTo(item => item.objectName === "allBookingsButton", "“All … upcoming sessions”")
        shot("home-focus")
        keyClick(Qt.Key_Return)
        compare(App.currentPage, "bookings")
    }

    function test_2_syncNowByKeys() {
        tryCompare(Account.sync, "syncing", false, 15000)
        const before = Account.sync.lastSyncedAt
        keyClick(Qt.Key_F5)
        tryVerify(() => Account.sync.lastSyncedAt > before, 15000, "F5 did not sync")
        tryCompare(Account.sync, "syncing", false, 15000)
        const again = Account.sync.lastSyncedAt
        wait(1100) // a later second, so the next sync is seen as one
        keyClick(Qt.Key_R, Qt.ControlModifier)
        tryVerify(() => Account.sync.lastSyncedAt > again, 15000, "Ctrl+R did not sync")
    }

    function test_3_addAndRemoveWeeklyHoursByKeys() {
        keyClick("2", Qt.ControlModifier)
        const calendar = findAll(window.contentItem, item => item.objectName === "calendarPage", [])[0]
        tryVerify(() => calendar.activeFocus)
        keyClick(Qt.Key_E)
        compare(calendar.controller.navigator.view, "editor")
        const editor = findAll(window.contentItem, item => item.objectName === "availabilityEditor", [])[0]
        const dialog = editor.ruleDialog
        const saturday = item => item.objectName.startsWith("ruleBlock_")
                                 && item.Accessible.name.indexOf(qsTr("Saturday")) >= 0
                                 && item.Accessible.name.indexOf("07:00 to 08:30") >= 0
        compare(findAll(editor, saturday, []).length, 0)

        tabTo(item => item.objectName === "addRuleButton", "“Add weekly hours…”")
        shot("editor-add-button")
        keyClick(Qt.Key_Space)
        tryVerify(() => dialog.opened, 3000)
        // A new block: one toggle per weekday, Space picks Saturday, Tab on to the times.
        compare(focusedName(), "ruleDay_0")
        for (let i = 0; i < 5; ++i) // Monday → Saturday
            keyClick(Qt.Key_Tab)
        compare(focusedName(), "ruleDay_5")
        keyClick(Qt.Key_Space)
        verify(dialog.checkedDays[5], "Space did not pick Saturday")
        for (let i = 0; i < 4; ++i) // Sunday, Mon–Fri, Every day, From
            keyClick(Qt.Key_Tab)
        compare(focusedName(), "ruleFromField")
        keyClick(Qt.Key_A, Qt.ControlModifier)
        typeText("0700")
        keyClick(Qt.Key_Tab)
        compare(focusedName(), "ruleToField")
        keyClick(Qt.Key_A, Qt.ControlModifier)
        typeText("0830")
        shot("rule-dialog")
        keyClick(Qt.Key_Return)
        tryVerify(() => !dialog.visible, 3000, "Enter did not save: " + findAll(dialog.contentItem, i => i.objectName === "ruleHint", [])[0]?.text)
        tryVerify(() => findAll(editor, saturday, []).length === 1, 5000, "the new Saturday block is not on the grid")

        // The new block by keyboard: Enter opens it, Escape closes without a change, Delete removes it.
        const block = tabTo(saturday, "the new Saturday block")
        shot("editor-block-focus")
        keyClick(Qt.Key_Return)
        tryVerify(() => dialog.opened, 3000)
        compare(dialog.ruleIndex, Number(block.objectName.split("_")[1]))
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible, 3000, "Escape did not close the weekly-hours dialog")
        tabTo(saturday, "the Saturday block again", 80, true)
        keyClick(Qt.Key_Delete)
        tryVerify(() => findAll(editor, saturday, []).length === 0, 5000, "Delete did not remove the block")
        tryCompare(Account.sync, "pendingEdits", 0, 20000)
        keyClick(Qt.Key_W)
    }

    function test_4_sessionDetailsByKeys() {
        keyClick("3", Qt.ControlModifier)
        compare(App.currentPage, "bookings")
        const card = tabTo(item => item.objectName.startsWith("sessionRow_"), "a session card")
        const list = findAll(window.contentItem, item => item.objectName === "bookingsList", [])[0]
        const y = card.mapToItem(list, 0, 0).y
        verify(y >= 0 && y < list.height, "the focused booking is out of view at y " + y)
        verify(card.Accessible.name.indexOf(card.courseTitle) === 0, card.Accessible.name)
        shot("bookings-card-focus")
        keyClick(Qt.Key_Return)
        const page = findAll(window.contentItem, item => item.objectName === "bookingsPage", [])[0]
        let details = null
        for (let i = 0; i < page.contentData.length; ++i)
            if (page.contentData[i].objectName === "sessionDetails")
                details = page.contentData[i]
        verify(details)
        tryVerify(() => details.opened, 3000, "Enter did not open the session's details")
        verify(details.activeFocus, "the open details have no keyboard focus")
        shot("session-details")
        keyClick(Qt.Key_Escape)
        tryVerify(() => focused() === card || (focused() && focused().objectName.startsWith("sessionRow_")), 3000,
                  "Escape did not close the details and give the focus back to the card")
    }

    // The week's session cards: Tab reaches one, and Enter opens the calendar's details.
    function test_5_calendarCardByKeys() {
        keyClick("2", Qt.ControlModifier)
        const calendar = findAll(window.contentItem, item => item.objectName === "calendarPage", [])[0]
        tryVerify(() => calendar.activeFocus)
        keyClick(Qt.Key_W)
        // Demo sessions for st1 fall on Tuesday and Thursday evenings (1 December 2026 is a Tuesday).
        const card = tabTo(item => item.objectName.startsWith("sessionCard_"), "a session in the week")
        verify(/, \d\d:\d\d to \d\d:\d\d, /.test(card.Accessible.name), card.Accessible.name)
        // The grid scrolled the focused card into view.
        const flick = findAll(calendar, item => item.objectName === "timeGridFlickable", [])[0]
        const y = card.mapToItem(flick, 0, 0).y
        verify(y >= 0 && y + card.height <= flick.height, "the focused card is out of view at y " + y)
        shot("week-card-focus")
        keyClick(Qt.Key_Return)
        tryVerify(() => calendar.sessionDetails.opened, 3000)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !calendar.sessionDetails.visible, 3000, "Escape did not close the calendar's details")
    }
}
