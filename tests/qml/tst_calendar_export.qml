import QtQuick
import QtQuick.Controls.Material
import QtTest
import Companion.App
import Companion.Bookings
import Companion.Calendar
import Companion.Settings
import Companion.Test

// Calendar export from the screens, signed in as the demo creator: "Export…" in Bookings
// writes the chosen days as an .ics file, online and with the server gone; a session's
// details offer "Add to Google Calendar" and "Download .ics"; Settings shows the private
// subscription with its copy, open, rotate and revoke actions. URLs the app opens are
// caught by the test host (TestServer.openedUrls), so no browser starts.
TestCase {
    id: testCase
    name: "CalendarExport"
    width: 1024
    height: 640
    when: windowShown
    visible: true
    // As the app's window has them (Main.qml), for the screenshots.
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
    SettingsPage {
        id: settings
        anchors.fill: parent
        visible: false
    }
    CalendarPage {
        id: calendarPage
        anchors.fill: parent
        visible: false
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

    // With COMPANION_SCREENSHOT_DIR set: the window, popups included. Dark pictures come from a
    // run with QT_QUICK_CONTROLS_MATERIAL_THEME=Dark (Material's own colours follow the
    // process there; only the app's window binds them to the setting).
    function shot(name) {
        if (TestServer.screenshotDir.length === 0)
            return
        wait(200)
        grabImage(testCase.Window.window.contentItem).save(TestServer.screenshotDir + "/export-" + name + "-"
                                                          + (App.darkTheme ? "dark" : "light") + ".png")
    }

    // Scrolls the page's Flickable so that `item` is in view.
    function scrollTo(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentItem !== undefined) {
                p.contentY = Math.max(0, item.mapToItem(p.contentItem, 0, 0).y - 16)
                return
            }
        }
    }

    function countOf(text, needle) {
        return text.split(needle).length - 1
    }

    function initTestCase() {
        if (App.session.state !== AuthSession.SignedIn)
            App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        // After another file signed out, "settled" can come before the cache is read again.
        tryVerify(() => Account.sessions.count > 0, 20000)
        App.darkTheme = TestServer.darkRun
    }

    function cleanupTestCase() {
        App.darkTheme = false
        if (!TestServer.running)
            TestServer.start()
        tryCompare(Account.sync, "syncing", false, 20000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }

    // After each test: the server back, whatever the test did.
    function cleanup() {
        if (!TestServer.running)
            verify(TestServer.start())
    }

    function openExportDialog() {
        const dialog = findByName(bookings, "calendarExportDialog")
        verify(dialog)
        tryCompare(dialog, "visible", false) // a closing dialog's overlay still takes the click
        const button = findByName(bookings, "exportButton")
        verify(button)
        mouseClick(button)
        tryCompare(dialog, "opened", true)
        return dialog
    }

    function test_1_exportDialogWritesTheChosenDays() {
        const dialog = openExportDialog()
        // The demo clock stands at 2026-12-01 in Berlin: today and 90 days on.
        compare(findByName(dialog, "exportFromField").text, "2026-12-01")
        compare(findByName(dialog, "exportToField").text, "2027-03-01")
        const all = dialog.sessionCount
        verify(all > 5, all)
        findByName(dialog, "exportOnlyMine").checked = true
        verify(dialog.sessionCount > 0 && dialog.sessionCount < all, dialog.sessionCount)
        findByName(dialog, "exportOnlyMine").checked = false
        compare(dialog.sessionCount, all)
        verify(findByName(dialog, "exportSummary").text.indexOf(all + " session") === 0)
        shot("dialog")

        const url = TestServer.fileUrl("range.ics")
        dialog.exportTo(url)
        const message = findByName(dialog, "exportMessage")
        tryVerify(() => message.text.indexOf("Exported " + all + " sessions") === 0, 10000, message.text)
        const ics = TestServer.readFile(url)
        verify(ics.indexOf("BEGIN:VCALENDAR\r\n") === 0)
        compare(countOf(ics, "BEGIN:VEVENT"), all)
        verify(ics.indexOf("X-WR-TIMEZONE;VALUE=TEXT:Europe/Berlin") > 0)

        // Wrong input is said, and nothing can be saved.
        findByName(dialog, "exportToField").text = "2026-11-01"
        compare(dialog.sessionCount, -1)
        verify(!findByName(dialog, "exportSaveButton").enabled)
        findByName(dialog, "exportToField").text = "March"
        compare(dialog.sessionCount, -1)
        dialog.close()
        tryCompare(dialog, "visible", false)
    }

    function test_2_exportWorksOffline() {
        verify(TestServer.stop())
        const dialog = openExportDialog()
        const count = dialog.sessionCount
        verify(count > 5)
        const url = TestServer.fileUrl("offline.ics")
        verify(findByName(dialog, "exportMessage").text === "", "a dialog opened again starts clean")
        dialog.exportTo(url)
        tryVerify(() => findByName(dialog, "exportMessage").text === "Exported " + count + " sessions to offline.ics",
                  10000)
        compare(countOf(TestServer.readFile(url), "BEGIN:VEVENT"), count)
        dialog.close()
        tryCompare(dialog, "visible", false)
    }

    function test_3_sessionDetailsOfferBothLinks() {
        const card = findByName(bookings, "sessionCard_0")
        verify(card)
        mouseClick(card)
        const details = findByName(bookings, "sessionDetails")
        tryCompare(details, "opened", true)
        const links = findByName(details, "sessionCalendarLinks")
        verify(links)
        verify(links.sessionId.length > 0)

        const before = TestServer.openedUrls.length
        findByName(details, "addToGoogleCalendarButton").clicked()
        tryCompare(TestServer.openedUrls, "length", before + 1)
        const google = TestServer.openedUrls[before]
        verify(google.indexOf("https://calendar.google.com/calendar/render?action=TEMPLATE&text=") === 0, google)
        verify(google.indexOf("&dates=") > 0 && google.indexOf("Z%2F") > 0, google)
        verify(google.indexOf("&ctz=Europe%2FBerlin") > 0, google)

        const url = TestServer.fileUrl("one.ics")
        links.saveTo(url)
        tryVerify(() => findByName(details, "sessionExportMessage").text.indexOf("Exported 1 session") === 0, 5000)
        const ics = TestServer.readFile(url)
        compare(countOf(ics, "BEGIN:VEVENT"), 1)
        verify(ics.indexOf("UID:" + links.sessionId + "@127.0.0.1\r\n") > 0, ics)
        shot("session-details")
        details.close()
        tryCompare(details, "visible", false)
    }

    function test_4_settingsSubscriptionCard() {
        // The card sits below the fold of a 640 px window: its buttons are pressed directly.
        bookings.visible = false
        settings.visible = true
        const card = findByName(settings, "calendarSubscriptionGroup")
        verify(card)
        const feed = card.feed
        tryCompare(feed, "loaded", true, 10000)
        verify(feed.webcalUrl.indexOf("webcal://127.0.0.1:") === 0, feed.webcalUrl)
        verify(feed.url.indexOf("http://127.0.0.1:") === 0, feed.url)
        scrollTo(card)
        shot("settings-card")

        const before = TestServer.openedUrls.length
        findByName(settings, "openInCalendarAppButton").clicked()
        findByName(settings, "addFeedToGoogleButton").clicked()
        tryCompare(TestServer.openedUrls, "length", before + 2)
        compare(TestServer.openedUrls[before], feed.webcalUrl)
        compare(TestServer.openedUrls[before + 1],
                "https://calendar.google.com/calendar/render?cid=" + encodeURIComponent(feed.url))

        findByName(settings, "copyWebcalButton").clicked()
        verify(findByName(settings, "calendarFeedNotice").text.indexOf("Copied") === 0)

        const first = feed.url
        findByName(settings, "rotateFeedButton").clicked()
        tryVerify(() => !feed.loading && feed.url !== first, 10000)
        verify(feed.loaded)
        verify(findByName(settings, "calendarFeedNotice").text.indexOf("A new address is ready") === 0)

        findByName(settings, "revokeFeedButton").clicked()
        tryCompare(feed, "revoked", true, 10000)
        verify(!feed.loaded)
        const again = findByName(settings, "createFeedButton")
        tryCompare(again, "visible", true)
        again.clicked()
        tryCompare(feed, "loaded", true, 10000)
        verify(feed.url !== first)
        settings.visible = false
        bookings.visible = true
    }

    // The calendar's own session dialog carries the same links, and the page an Export… button.
    function test_5_calendarSessionDetails() {
        bookings.visible = false
        calendarPage.visible = true
        verify(findByName(calendarPage, "exportButton").visible)
        const id = Account.sessions.data(Account.sessions.index(0, 0), SessionListModel.IdRole)
        verify(id.length > 0)
        const details = calendarPage.sessionDetails
        details.show(id)
        tryCompare(details, "opened", true)
        const links = findByName(details, "sessionCalendarLinks")
        verify(links)
        compare(links.sessionId, id)
        verify(findByName(details, "addToGoogleCalendarButton").visible)
        shot("calendar-details")
        details.close()
        tryCompare(details, "visible", false)
        calendarPage.visible = false
        bookings.visible = true
    }
}
