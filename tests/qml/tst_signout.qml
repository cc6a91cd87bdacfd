import QtQuick
import QtTest
import Companion.App
import Companion.Settings
import Companion.Test

// Sign-out that protects work: with an edit waiting (made while the server was away), the
// Settings page asks first and says what happens to it; staying keeps everything; signing
// out keeps the edit on this computer, and the next sign-in of the same account sends it.
TestCase {
    id: testCase
    name: "SignOut"
    width: 1000
    height: 800
    when: windowShown
    visible: true

    SettingsPage {
        id: page
        anchors.fill: parent
    }

    Component {
        id: calendarComponent
        CalendarController {}
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
        // Popups keep their content, header and footer outside `data`.
        for (const part of [item.contentItem, item.header, item.footer]) {
            if (part && part !== item) {
                const found = findByName(part, name)
                if (found)
                    return found
            }
        }
        return null
    }

    // With COMPANION_SCREENSHOT_DIR set: the window with the dialog.
    function shot(name) {
        if (TestServer.screenshotDir.length === 0)
            return
        wait(200)
        grabImage(testCase.Window.window.contentItem).save(TestServer.screenshotDir + "/signout-" + name + "-"
                                                          + (App.darkTheme ? "dark" : "light") + ".png")
    }

    function dialog() {
        return findByName(page, "signOutDialog")
    }

    function test_0_signIn() {
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        tryCompare(Account.sync, "syncing", false, 20000)
    }

    function test_1_withNothingWaitingSignOutIsDirect() {
        compare(dialog().waiting, 0)
    }

    function test_2_anEditWaitsAndSignOutAsksFirst() {
        const calendar = createTemporaryObject(calendarComponent, testCase)
        tryVerify(() => calendar.hasSchedule, 15000)
        verify(TestServer.stop())
        // Saturday 08:00–09:00, made while the server is away: it waits in the outbox.
        verify(calendar.editor.addRule(6, 480, 540))
        tryCompare(Account.sync, "pendingEdits", 1, 15000)
        // The list of changes says the same as the counts.
        tryCompare(findByName(page, "outboxPanel"), "count", 1, 5000)

        // The button sits below the fold of the scrolled page: press it as a keyboard would.
        findByName(page, "signOutButton").clicked()
        tryCompare(dialog(), "opened", true, 5000)
        compare(findByName(page, "signOutWaitingText").text, "1 change you made is not on the server yet.")
        shot("asks")
        // Staying changes nothing.
        mouseClick(findByName(page, "signOutCancelButton"))
        tryCompare(dialog(), "visible", false, 5000)
        compare(App.session.state === AuthSession.SignedOut, false)
        compare(Account.sync.pendingEdits, 1)

        // The button sits below the fold of the scrolled page: press it as a keyboard would.
        findByName(page, "signOutButton").clicked()
        tryCompare(dialog(), "opened", true, 5000)
        mouseClick(findByName(page, "signOutConfirmButton"))
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }

    function test_3_theNextSignInSendsIt() {
        verify(TestServer.start())
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        tryCompare(Account.sync, "pendingEdits", 0, 20000)
        tryCompare(Account.sync, "conflicts", 0)
        // The server has it now.
        const xhr = new XMLHttpRequest()
        const login = new XMLHttpRequest()
        login.open("POST", App.serverUrl.replace(/\/$/, "") + "/api/auth/login")
        login.setRequestHeader("Content-Type", "application/json")
        login.send(JSON.stringify({ email: "creator@demo.test", password: "demo1234" }))
        tryCompare(login, "readyState", XMLHttpRequest.DONE, 10000)
        xhr.open("GET", App.serverUrl.replace(/\/$/, "") + "/api/availability")
        xhr.setRequestHeader("Authorization", "Bearer " + JSON.parse(login.responseText).access_token)
        xhr.send()
        tryCompare(xhr, "readyState", XMLHttpRequest.DONE, 10000)
        const weekly = JSON.parse(xhr.responseText).weekly
        verify(weekly.some(w => w.day === 6 && w.start === "08:00" && w.end === "09:00"), JSON.stringify(weekly))
    }

    function test_4_signOut() {
        tryCompare(Account.sync, "syncing", false, 20000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }
}
