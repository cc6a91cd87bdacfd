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

    function test_2_onboardingCompletesInTheBrowser() {
        const c = controller()
        mouseClick(findByName(page, "startOnboardingButton"))
        tryVerify(() => c.lastOpenedUrl.indexOf("/sandbox/stripe/onboarding/") > 0, 10000)
        verify(c.waitingForStripe)
        // What the person does in the browser: finish Stripe's form.
        const xhr = new XMLHttpRequest()
        xhr.open("GET", c.lastOpenedUrl + "/complete")
        xhr.send()
        tryCompare(xhr, "readyState", XMLHttpRequest.DONE, 10000)
        // The page finds out by itself (it keeps checking after onboarding starts).
        // When no browser opened, the link can be copied.
        verify(findByName(page, "copyStripeLinkButton").visible)
        c.copyLink()
        verify(c.linkCopied)
        tryCompare(c, "state", "enabled", 30000)
        verify(c.payoutsEnabled)
        compare(c.requirementsDue.length, 0)
        verify(findByName(page, "openDashboardButton").visible)
        verify(!c.waitingForStripe)
    }

    function test_3_signOut() {
        tryCompare(Account.sync, "syncing", false, 15000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }
}
