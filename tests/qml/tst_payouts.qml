import QtQuick
import QtTest
import Companion.App
import Companion.Payouts

// Payout onboarding against the real server's Stripe sandbox: an S-T with
// requirements due starts onboarding, completes it in the "browser", and the
// page turns to enabled by itself (the server learns it by webhook).
TestCase {
    id: testCase
    name: "Payouts"
    width: 1000
    height: 700
    when: windowShown
    visible: true

    PayoutsPage {
        id: page
        anchors.fill: parent
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

    function controller() {
        return page.controller
    }

    function test_0_signIn() {
        App.session.signIn("st2@demo.test", "demo1234")
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 15000)
        verify(controller())
        tryVerify(() => controller().loaded, 10000, "the status never loaded")
    }

    function test_1_requirementsAreShown() {
        const c = controller()
        verify(c.state !== "enabled")
        verify(c.requirementsDue.length > 0)
        verify(findByName(page, "startOnboardingButton").visible)
        verify(!findByName(page, "openDashboardButton").visible)
        // In plain words, with how long each takes.
        verify(c.requirementsDue.indexOf("Your bank account: where Stripe sends your money (about 2 minutes)") >= 0,
               c.requirementsDue.join(" | "))
        // Her earnings wait, and the page says so where the money is shown.
        const hint = findByName(page, "blockedMoneyHint")
        tryVerify(() => hint.visible, 10000)
        verify(/^€[0-9,.]+ is waiting: Stripe has paused your payouts/.test(findByName(page, "blockedMoneyText").text),
               findByName(page, "blockedMoneyText").text)
        // Like Express: a balance card (no bank yet, nothing scheduled) and the history.
        tryVerify(() => findByName(page, "payoutBalanceCard").visible, 10000)
        compare(findByName(page, "payoutBank").text, "Not added yet")
        compare(findByName(page, "payoutNext").text, "None scheduled")
        verify(findByName(page, "payoutHistoryEmpty").visible)
    }

    // What the browser does: GET a URL, following redirects; the final page's text.
    function browse(url) {
        const xhr = new XMLHttpRequest()
        xhr.open("GET", url)
        xhr.send()
        tryCompare(xhr, "readyState", XMLHttpRequest.DONE, 10000)
        return xhr.responseText
    }

    function test_2_onboardingCompletesInTheBrowser() {
        const c = controller()
        mouseClick(findByName(page, "startOnboardingButton"))
        tryVerify(() => c.lastOpenedUrl.indexOf("/sandbox/stripe/onboarding/") > 0, 10000)
        verify(c.waitingForStripe)
        const firstLink = c.lastOpenedUrl
        verify(browse(firstLink).indexOf("Complete onboarding") > 0)
        // Opened twice, the link is used up: Stripe sends the browser to refresh_url, the
        // platform's page hands it to Companion, and Companion opens a fresh link.
        const refreshPage = browse(firstLink)
        verify(refreshPage.indexOf("companion://payouts/refresh") > 0, refreshPage)
        verify(App.openLink("companion://payouts/refresh"))
        compare(App.currentPage, "payouts")
        tryVerify(() => c.lastOpenedUrl !== firstLink && c.lastOpenedUrl.indexOf("/sandbox/stripe/onboarding/") > 0, 10000)
        // Finishing Stripe's form ends on the return page, which opens Companion again.
        const returnPage = browse(c.lastOpenedUrl + "/complete")
        verify(returnPage.indexOf("companion://payouts/return") > 0, returnPage)
        // When no browser opened, the link can be copied.
        verify(findByName(page, "copyStripeLinkButton").visible)
        c.copyLink()
        verify(c.linkCopied)
        // Coming back asks the status at once; it decides, and it says enabled.
        verify(App.openLink("companion://payouts/return"))
        verify(c.loading || c.state === "enabled")
        tryCompare(c, "state", "enabled", 30000)
        verify(c.payoutsEnabled)
        compare(c.requirementsDue.length, 0)
        verify(findByName(page, "openDashboardButton").visible)
        verify(!c.waitingForStripe)
        // Not ours: refused, and nothing moves.
        verify(!App.openLink("companion://payouts/done"))
        verify(!App.openLink("https://example.invalid/"))
    }

    function test_3_signOut() {
        tryCompare(Account.sync, "syncing", false, 15000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }
}
