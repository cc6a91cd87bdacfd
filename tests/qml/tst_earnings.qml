import QtQuick
import QtQuick.Controls.Material
import QtTest
import Companion.App
import Companion.Earnings
import Companion.Test

// The Earnings page against the real demo data (signed in as the creator).
TestCase {
    id: testCase
    name: "EarningsPage"
    width: 1100
    height: 760
    when: windowShown
    visible: true

    Rectangle {
        anchors.fill: parent
        z: -1
        color: testCase.Material.backgroundColor
    }

    EarningsPage {
        id: page
        anchors.fill: parent
    }

    Component {
        id: controllerComponent
        EarningsController {}
    }

    Component {
        id: csvComponent
        EarningsCsvExport {}
    }

    function shot(name) {
        if (TestServer.screenshotDir.length === 0)
            return
        wait(300)
        grabImage(testCase.Window.window.contentItem).save(TestServer.screenshotDir + "/earnings-" + name + "-"
                                                          + (App.darkTheme ? "dark" : "light") + ".png")
    }

    // "1234.56" (or JPY "1234") to minor units, exactly: no floating point on money.
    function minorUnits(text, currency) {
        const digits = currency === "JPY" ? 0 : 2
        const parts = text.split(".")
        let value = parseInt(parts[0], 10)
        for (let i = 0; i < digits; ++i)
            value = value * 10 + (parts.length > 1 && i < parts[1].length ? parseInt(parts[1][i], 10) : 0)
        return value
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
        App.darkTheme = TestServer.darkRun
    }

    function cleanupTestCase() {
        App.darkTheme = false
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

    function test_5_periodsRolesChartAndCsv() {
        const c = createTemporaryObject(controllerComponent, testCase)
        tryVerify(() => c.hasData && c.summary.count > 0, 10000)
        compare(c.period, "last_12_months")
        compare(c.chart.count, 12)
        const today = c.toDate
        c.period = "this_month"
        compare(c.fromDate, today.substring(0, 8) + "01")
        compare(c.toDate, today)
        c.period = "last_year"
        compare(c.fromDate, (parseInt(today.substring(0, 4)) - 1) + "-01-01")
        compare(c.toDate, (parseInt(today.substring(0, 4)) - 1) + "-12-31")
        // Custom: checked, and the reason said.
        compare(c.setCustomPeriod("2026-12-31", "2026-01-01"), "The end is before the start.")
        compare(c.setCustomPeriod("31.12.2026", "2026-01-01"), "Write both dates as YYYY-MM-DD, e.g. 2026-01-31.")
        compare(c.period, "last_year")
        compare(c.setCustomPeriod("2025-12-01", today), "")
        compare(c.period, "custom")
        verify(c.summary.count > 0)
        // Who taught: the creator's own teaching and her S-Ts' sessions apart.
        c.groupBy = "role"
        const labels = []
        for (let row = 0; row < c.summary.count; ++row)
            labels.push(c.summary.data(c.summary.index(row, 0), EarningsSummaryModel.LabelRole))
        verify(labels.indexOf("You taught (85%)") >= 0, labels.join(", "))
        verify(labels.indexOf("Your S-Ts taught (15%)") >= 0, labels.join(", "))
        // The CSV of the period: its shares, refunds left out, add up to the page's total.
        const csv = createTemporaryObject(csvComponent, testCase)
        const url = TestServer.fileUrl("earnings.csv")
        csv.write(c, url)
        tryCompare(csv, "busy", false, 10000)
        verify(!csv.failed, csv.message)
        const lines = TestServer.readFile(url).split("\r\n").filter(l => l.length > 0)
        compare(lines[0], "date,session_date,session_id,course,student,teacher,rule,gross,share,currency,status,status_date,transfer_id,payout_id,split_id")
        compare(lines.length - 1, c.splits.totalCount)
        let sum = 0
        let named = 0
        for (const line of lines.slice(1)) {
            const f = line.split(",") // the demo's names and titles hold no commas
            if (f[10] !== "reversed")
                sum += minorUnits(f[8], f[9])
            named += f[4].length > 0 && f[5].length > 0 ? 1 : 0
            // A paid split names its transfer and the payout that paid it.
            if (f[10] === "paid")
                verify(f[12].startsWith("tr_") && f[13].startsWith("po_"), line)
        }
        compare(sum, c.summary.totals[0].amountCents)
        compare(named, lines.length - 1, "every row names the student and the teacher")
    }

    function test_6_rowsSayWhatTheyAre() {
        findByName(page, "groupBy_role").clicked()
        shot("roles")
        mouseClick(findByName(page, "earningsTabPayments"))
        const list = findByName(page, "splitList")
        tryVerify(() => list.count > 0, 10000)
        let st = ""
        for (let i = 0; i < Math.min(list.count, 60) && st.length === 0; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const rule = findByName(list, "splitRule_" + i)
            if (rule && / taught your course/.test(rule.text) && !/you taught/.test(rule.text))
                st = rule.text
        }
        verify(/(Jonas Weber|Priya Raman) taught your course · /.test(st), "an S-T's session names the S-T: " + st)
        verify(findByName(list, "splitWho_0").text.indexOf(" · session ") > 0)
        shot("payments")
        // A click on a payment opens its session.
        list.positionViewAtIndex(0, ListView.Beginning)
        mouseClick(findByName(list, "splitRow_0"))
        const session = findByName(page, "sessionDetails")
        tryCompare(session, "opened", true, 5000)
        verify(session.title.length > 0, "the session's course")
        session.close()
        tryCompare(session, "visible", false)
        mouseClick(findByName(page, "earningsTabSummary"))
        findByName(page, "groupBy_month").clicked()
    }

    function test_7_customPeriodFromTheCalendar() {
        const combo = findByName(page, "earningsPeriod")
        combo.currentIndex = combo.indexOfValue("custom")
        combo.activated(combo.currentIndex)
        const from = findByName(page, "periodFrom")
        const to = findByName(page, "periodTo")
        tryVerify(() => from.visible && to.visible)
        // Picked from the month calendar (it opens on the typed date's month): the field takes
        // the day clicked as YYYY-MM-DD.
        from.text = "2026-10-15"
        findByName(from, "datePickerButton").clicked()
        const grid = from.monthGrid
        tryVerify(() => grid.visible)
        shot("picker")
        waitForRendering(grid)
        const first = findByName(grid, "datePickerDay_2026-10-01")
        verify(first, "no cell for 1 October 2026")
        mouseClick(first)
        compare(from.text, "2026-10-01")
        tryVerify(() => !grid.visible)
        to.text = "2026-11-30"
        mouseClick(findByName(page, "periodApply"))
        compare(findByName(page, "periodProblem").text, "")
        tryVerify(() => findByName(page, "earningsTotal").text.indexOf("€") >= 0)
        shot("custom")
        // A wrong range is refused next to the fields, nothing else changes.
        to.text = "2026-09-30"
        mouseClick(findByName(page, "periodApply"))
        compare(findByName(page, "periodProblem").text, "The end is before the start.")
        combo.currentIndex = combo.indexOfValue("last_12_months")
        combo.activated(combo.currentIndex)
    }
}
