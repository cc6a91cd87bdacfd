import QtQuick
import QtTest
import Companion.App
import Companion.Earnings

// The Earnings page against the real demo data (signed in as the creator).
TestCase {
    id: testCase
    name: "EarningsPage"
    width: 1100
    height: 760
    when: windowShown
    visible: true

    EarningsPage {
        id: page
        anchors.fill: parent
    }

    Component {
        id: controllerComponent
        EarningsController {}
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

    function barLabels() {
        const labels = []
        for (let i = 0; ; ++i) {
            const label = findByName(page, "earningsBarLabel_" + i)
            if (!label)
                return labels
            labels.push(label.text)
        }
    }

    function initTestCase() {
        if (App.session.state !== AuthSession.SignedIn)
            App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
    }

    function cleanupTestCase() {
        signOutWhenIdle()
    }

    function test_1_totalsAreShown() {
        const total = findByName(page, "earningsTotal")
        tryVerify(() => total.text.length > 0, 10000)
        verify(/[1-9]/.test(total.text), "the demo creator has earned something: " + total.text)
        verify(total.text.indexOf("€") >= 0, total.text)
        // The three summaries arrive one after another during the first sync.
        tryVerify(() => findByName(page, "earningsPending").text.length > 0, 10000)
        tryVerify(() => findByName(page, "earningsPaid").text.length > 0, 10000)
        verify(findByName(page, "earningsRules").visible)
        verify(!findByName(page, "earningsEmpty").visible)
    }

    function test_2_groupingSwitchesTheBars() {
        tryVerify(() => barLabels().length > 0)
        verify(/\d{4}$/.test(barLabels()[0]), "months by default: " + barLabels()[0])
        mouseClick(findByName(page, "groupBy_course"))
        tryVerify(() => barLabels().indexOf("Python for Data Analysis") >= 0, 5000, barLabels().join(", "))
        mouseClick(findByName(page, "groupBy_status"))
        tryVerify(() => barLabels().indexOf("Paid out") >= 0, 5000, barLabels().join(", "))
        verify(barLabels().indexOf("Reversed (refunded)") >= 0)
        mouseClick(findByName(page, "groupBy_month"))
        tryVerify(() => /\d{4}$/.test(barLabels()[0]))
    }

    function test_3_paymentsFilterByStatus() {
        mouseClick(findByName(page, "earningsTabPayments"))
        const list = findByName(page, "splitList")
        tryVerify(() => list.count > 0, 10000)
        const all = list.count
        mouseClick(findByName(page, "splitFilter_pending"))
        tryVerify(() => list.count > 0 && list.count < all)
        mouseClick(findByName(page, "splitFilter_all"))
        tryCompare(list, "count", all)
        mouseClick(findByName(page, "earningsTabSummary"))
    }

    function test_4_controllerIgnoresUnknownGrouping() {
        const controller = createTemporaryObject(controllerComponent, testCase)
        verify(controller)
        compare(controller.groupBy, "month")
        controller.groupBy = "weekday"
        compare(controller.groupBy, "month")
        controller.groupBy = "course"
        compare(controller.groupBy, "course")
        tryVerify(() => controller.hasData, 10000)
        verify(controller.summary.count > 0)
        verify(controller.thisMonthName.length > 0)
    }
}
