import QtQuick
import QtQuick.Controls.Material
import QtTest
import Companion.App
import Companion.Payouts
import Companion.Test

// The Payouts page as Stripe Express shows it, signed in as the demo S-T whose payouts are
// on: his balance and the demo's weekly payouts; then Stripe pays the balance out and, after
// the next sync, the page shows the balance gone and the new payout on top of the history,
// opening to the payments it paid.
TestCase {
    id: testCase
    name: "PayoutHistory"
    width: 1024
    height: 640
    when: windowShown
    visible: true

    Rectangle {
        anchors.fill: parent
        z: -1
        color: testCase.Material.backgroundColor
    }

    PayoutsPage {
        id: page
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
        if (item.contentItem && item.contentItem !== item) {
            const found = findByName(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }

    function shot(name) {
        if (TestServer.screenshotDir.length === 0)
            return
        wait(300)
        grabImage(testCase.Window.window.contentItem).save(TestServer.screenshotDir + "/payouts-" + name + "-"
                                                          + (App.darkTheme ? "dark" : "light") + ".png")
    }

    function initTestCase() {
        App.session.signIn("st1@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "settled", true, 20000)
        App.darkTheme = TestServer.darkRun
    }

    function cleanupTestCase() {
        App.darkTheme = false
        tryCompare(Account.sync, "syncing", false, 20000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }

    function test_balanceMovesAndThePayoutIsListed() {
        tryVerify(() => /^€[1-9]/.test(findByName(page, "payoutAvailable").text), 10000)
        const before = findByName(page, "payoutAvailable").text
        compare(findByName(page, "payoutBank").text, "STRIPE TEST BANK ending in 3000")
        verify(findByName(page, "payoutNext").text.indexOf(before + " on ") === 0, findByName(page, "payoutNext").text)
        tryVerify(() => findByName(page, "payoutRow_0") !== null, 10000)
        let rows = 0
        while (findByName(page, "payoutRow_" + rows))
            ++rows
        shot("enabled")

        // Stripe pays out what is available (the sandbox plays Stripe's payout).
        const xhr = new XMLHttpRequest()
        xhr.open("POST", App.serverUrl + "/sandbox/stripe/test/payouts")
        xhr.setRequestHeader("Content-Type", "application/json")
        xhr.send(JSON.stringify({ account: "acct_sandbox_jonas" }))
        tryCompare(xhr, "readyState", XMLHttpRequest.DONE, 10000)
        compare(xhr.status, 200)
        const paid = JSON.parse(xhr.responseText)
        Account.syncNow() // the payout moves splits to "paid"; the page reads again

        // (The tiles are made again with every answer: look them up again.)
        tryVerify(() => findByName(page, "payoutAvailable").text === "€0.00", 20000)
        compare(findByName(page, "payoutNext").text, "None scheduled")
        tryVerify(() => findByName(page, "payoutRow_" + rows) !== null, 10000, "the new payout is listed")
        const newest = findByName(page, "payoutRow_0")
        verify(/^▸ \d+ payments?$/.test(newest.text), newest.text)
        newest.clicked()
        verify(newest.text.indexOf("▾") === 0)
        shot("paid")
        verify(paid.amount > 0)
    }
}
