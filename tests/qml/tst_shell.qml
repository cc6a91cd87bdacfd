import QtQuick
import QtTest
import Companion.App
import Companion.Settings
import Companion.Shell

// The shell's sync indicator and banner, and the outbox panel, against the real server.
TestCase {
    id: testCase
    name: "Shell"
    width: 900
    height: 700
    when: windowShown
    visible: true

    Row {
        anchors.fill: parent
        SyncIndicator {
            id: indicator
            width: 240
        }
        OutboxPanel {
            id: outboxPanel
            width: 600
        }
    }

    StatusBanner {
        id: banner
        y: 500
        width: 600
        text: "Something to say"
    }

    SignalSpy {
        id: outboxRequests
        target: indicator
        signalName: "outboxRequested"
    }
    SignalSpy {
        id: bannerActions
        target: banner
        signalName: "actionTriggered"
    }

    Component {
        id: outboxComponent
        OutboxController {}
    }
    Component {
        id: calendarComponent
        CalendarController {}
    }

    // A synchronous request to the platform server, as another device would make it.
    function request(method, path, body, token, headers) {
        const xhr = new XMLHttpRequest()
        let done = false
        xhr.onreadystatechange = () => {
            if (xhr.readyState === XMLHttpRequest.DONE)
                done = true
        }
        xhr.open(method, App.serverUrl.replace(/\/$/, "") + path)
        xhr.setRequestHeader("Content-Type", "application/json")
        if (token)
            xhr.setRequestHeader("Authorization", "Bearer " + token)
        for (const name in headers)
            xhr.setRequestHeader(name, headers[name])
        xhr.send(body ? JSON.stringify(body) : "")
        tryVerify(() => done, 10000)
        return { status: xhr.status, json: xhr.responseText.length > 0 ? JSON.parse(xhr.responseText) : null }
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

    function test_1_signedOutIndicatorWaits() {
        compare(App.session.state, AuthSession.SignedOut)
        compare(findByName(indicator, "syncStatusText").text, "Opening saved data…")
        verify(!findByName(indicator, "syncNowButton").enabled)
        verify(findByName(outboxPanel, "outboxEmptyText").text.indexOf("Sign in") === 0)
    }

    function test_2_indicatorFollowsASync() {
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        const status = findByName(indicator, "syncStatusText")
        tryCompare(status, "text", "Up to date", 15000)
        tryVerify(() => findByName(indicator, "syncDetailText").text.startsWith("Synced"))
        const button = findByName(indicator, "syncNowButton")
        verify(button.enabled)

        const syncing = []
        const progress = findByName(indicator, "syncProgress")
        let progressShown = false
        const record = () => {
            syncing.push(Account.sync.syncing)
            progressShown = progressShown || (Account.sync.syncing && progress.visible)
        }
        Account.sync.syncingChanged.connect(record)
        mouseClick(button)
        tryVerify(() => syncing.length >= 2, 15000)
        Account.sync.syncingChanged.disconnect(record)
        compare(syncing[0], true)
        compare(syncing[syncing.length - 1], false)
        verify(progressShown, "a progress bar while syncing")
        verify(!progress.visible)
        tryCompare(status, "text", "Up to date")
        verify(!findByName(indicator, "syncOutboxButton").visible, "nothing waits in the outbox")
    }

    function test_3_outboxIsEmptyAndActionsSayWhy() {
        verify(findByName(outboxPanel, "outboxEmptyText").visible)
        compare(outboxPanel.count, 0)
        const outbox = createTemporaryObject(outboxComponent, testCase)
        tryCompare(outbox, "count", 0)
        compare(outbox.conflictCount, 0)
        outbox.discard(987654)
        tryCompare(outbox, "busy", false)
        compare(outbox.lastError, "Only an edit the server refused can be discarded.")
        outbox.keepMine(987654)
        tryCompare(outbox, "busy", false)
        verify(outbox.lastError.indexOf("no longer in conflict") > 0, outbox.lastError)
    }

    function test_4_conflictIsResolvedWithKeepMine() {
        const calendar = createTemporaryObject(calendarComponent, testCase)
        tryVerify(() => calendar.hasSchedule, 15000)
        // The web app changes the schedule; this computer has not synced since.
        const login = request("POST", "/api/auth/login", { email: "creator@demo.test", password: "demo1234" })
        compare(login.status, 200)
        const token = login.json.access_token
        const current = request("GET", "/api/availability", null, token).json
        const version = current.version
        const theirs = current
        delete theirs.version
        delete theirs.updated_at
        theirs.name = "Changed on the web"
        compare(request("PUT", "/api/availability", theirs, token, { "If-Match": "\"" + version + "\"" }).status, 200)

        // Here, Saturday 10:00–12:00 is added against the old version: a conflict.
        verify(calendar.editor.addRule(6, 600, 720))
        tryCompare(Account.sync, "conflicts", 1, 15000)
        tryVerify(() => findByName(outboxPanel, "keepMineButton_0") !== null, 5000)
        const keep = findByName(outboxPanel, "keepMineButton_0")
        verify(keep.visible)
        compare(findByName(outboxPanel, "outboxState_0").text, "Conflict")
        tryVerify(() => findByName(indicator, "syncOutboxButton").visible)
        verify(findByName(indicator, "syncOutboxButton").text.startsWith("1 conflict"))

        mouseClick(keep)
        tryCompare(Account.sync, "conflicts", 0, 15000)
        tryCompare(Account.sync, "pendingEdits", 0, 15000)
        const after = request("GET", "/api/availability", null, token).json
        verify(after.weekly.some(w => w.day === 6 && w.start === "10:00" && w.end === "12:00"),
               JSON.stringify(after.weekly))
        tryVerify(() => findByName(outboxPanel, "outboxEmptyText").visible, 10000)
        tryCompare(findByName(indicator, "syncOutboxButton"), "visible", false)
    }

    function test_5_bannerAction() {
        const action = findByName(banner, "statusBannerAction")
        verify(!action.visible)
        banner.actionText = "Resolve…"
        verify(action.visible)
        mouseClick(action)
        compare(bannerActions.count, 1)
    }

    function test_6_signOut() {
        signOutWhenIdle()
        tryCompare(findByName(indicator, "syncStatusText"), "text", "Opening saved data…")
    }

    // Ethan's address bounces (the demo's Resend state): the session says so after a sync,
    // which is what the window's banner shows.
    function test_7_bouncedEmailIsKnown() {
        App.session.signIn("student6@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "settled", true, 20000)
        tryCompare(App.session, "emailStatus", "bounced", 10000)
        signOutWhenIdle()
    }
}
