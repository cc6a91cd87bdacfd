import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Companion.App
import Companion.Components

// Text contrast (WCAG 2.1, 1.4.3): every text colour of the Theme singleton, and the Material
// colours the pages draw text with, against each background it is drawn on, in the light and
// the dark theme, at least 4.5:1. The colours are read from Theme and from real controls at run
// time, so a changed colour is measured, not a copy of it.
TestCase {
    id: testCase
    name: "Contrast"
    when: windowShown

    // Like the window: the theme and the accent of Main.qml.
    Item {
        id: probe
        width: 400
        height: 200
        Material.theme: App.darkTheme ? Material.Dark : Material.Light
        Material.accent: Theme.accent

        ActionButton { id: primaryButton; text: "Save"; highlighted: true }
        ActionButton { id: outlinedButton; y: 40; text: "Sign out" }
        LinkButton { id: linkButton; y: 80; text: "All bookings →" }
        LinkButton { id: dangerLink; y: 120; text: "Delete"; danger: true }
        Button { id: flatButton; y: 160; text: "Export…"; flat: true }
        TabBar {
            y: 200
            TabButton { id: checkedTab; text: "Week"; checked: true }
            TabButton { id: otherTab; text: "Month" }
        }
    }

    // Relative luminance of an sRGB colour (WCAG 2.1).
    function luminance(c) {
        const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
    }
    // A translucent colour as drawn over an opaque one.
    function over(top, bottom) {
        const a = top.a
        return Qt.rgba(top.r * a + bottom.r * (1 - a), top.g * a + bottom.g * (1 - a),
                       top.b * a + bottom.b * (1 - a), 1)
    }
    function contrast(text, background) {
        const l1 = luminance(over(text, background))
        const l2 = luminance(background)
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)
    }

    // [name, text, background] for the current theme.
    function pairs() {
        const page = probe.Material.background
        const fg = probe.Material.foreground
        const result = []
        const surfaces = { page: page, card: Theme.card, cardHighlight: Theme.cardHighlight, panel: Theme.panel,
                           rail: Theme.rail, dialog: Theme.dialog }
        const texts = { foreground: fg, strongText: Theme.strongText, mutedText: Theme.mutedText, link: Theme.link,
                        danger: Theme.danger, accent: Theme.accent, calendarMutedText: Theme.calendarMutedText,
                        hourText: Theme.hourText, today: Theme.today }
        for (const t in texts)
            for (const s in surfaces)
                result.push([t + " on " + s, texts[t], surfaces[s]])
        // The calendar: labels on its fills and cards.
        for (const fill of ["availability", "overrideAvailability", "slotChip", "todayFill", "closed", "vacation"])
            result.push(["foreground on " + fill, fg, Theme[fill]])
        result.push(["calendarMutedText on closed", Theme.calendarMutedText, Theme.closed])
        result.push(["calendarMutedText on availability", Theme.calendarMutedText, Theme.availability])
        result.push(["today on todayFill", Theme.today, Theme.todayFill])
        result.push(["vacationText on vacation", Theme.vacationText, Theme.vacation])
        result.push(["cardText on ownCard", Theme.cardText, Theme.ownCard])
        result.push(["cardText on otherCard", Theme.cardText, Theme.otherCard])
        result.push(["cancelledText on cancelledCard", Theme.cancelledText, Theme.cancelledCard])
        result.push(["ruleText on rule", Theme.ruleText, Theme.rule])
        result.push(["badgeText on badge", Theme.badgeText, Theme.badge])
        result.push(["badgeText on badgeMuted", Theme.badgeText, Theme.badgeMuted])
        for (const tone of ["success", "warning", "danger", "info", "neutral"])
            result.push(["chipText on chipFill (" + tone + ")", Theme.chipText(tone), Theme.chipFill(tone)])
        for (const tone of ["warning", "danger"])
            result.push(["bannerText on bannerFill (" + tone + ")", Theme.bannerText(tone), Theme.bannerFill(tone)])
        // Material controls as they are drawn.
        result.push(["primary ActionButton text on its fill", primaryButton.contentItem.color, primaryButton.background.color])
        for (const s of ["page", "card", "dialog", "rail"]) {
            result.push(["ActionButton text on " + s, outlinedButton.contentItem.color, surfaces[s]])
            result.push(["LinkButton text on " + s, linkButton.contentItem.color, surfaces[s]])
            result.push(["danger LinkButton text on " + s, dangerLink.contentItem.color, surfaces[s]])
        }
        result.push(["flat button text on page", flatButton.contentItem.color, page])
        result.push(["checked tab text on page", checkedTab.contentItem.color, page])
        result.push(["tab text on page", otherTab.contentItem.color, page])
        return result
    }

    function checkTheme(dark) {
        App.darkTheme = dark
        wait(50)
        compare(Theme.dark, dark)
        const failures = []
        for (const [what, text, background] of pairs()) {
            const ratio = contrast(text, background)
            if (ratio < 4.5)
                failures.push(what + ": " + text + " on " + background + " = " + ratio.toFixed(2))
        }
        verify(failures.length === 0, (dark ? "dark: " : "light: ") + failures.join("; "))
    }

    function cleanupTestCase() {
        App.darkTheme = false
    }

    function test_light() { checkTheme(false) }
    function test_dark() { checkTheme(true) }

    // The measure itself: black on white is 21:1, a colour on itself 1:1.
    function test_formula() {
        fuzzyCompare(contrast(Qt.color("black"), Qt.color("white")), 21, 0.01)
        fuzzyCompare(contrast(Qt.color("#777777"), Qt.color("#777777")), 1, 0.001)
        fuzzyCompare(contrast(Qt.color("#767676"), Qt.color("white")), 4.54, 0.01)
    }
}
