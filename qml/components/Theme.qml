pragma Singleton

import QtQuick
import Companion.App

// The one theme of the app: colours in the light and the dark theme, following
// App.darkTheme. The software renderer draws no Material shadows, so cards and
// the calendar get their structure from fills and borders, never from elevation.
// Every text colour here keeps a contrast of at least 4.5:1 (WCAG AA) on the backgrounds it
// is drawn on, in both themes; tests/qml/tst_contrast.qml measures each pair.
QtObject {
    readonly property bool dark: App.darkTheme

    // The window's accent (Material.accent): tab labels, highlighted buttons, the avatar.
    // Material's Teal 500 is too light for text on white (3.5:1), Teal 700 is not (5.1:1).
    readonly property color accent: dark ? "#80cbc4" : "#00796b"
    // The navigation rail and the dialogs drawn without Material elevation.
    readonly property color rail: dark ? "#262b2e" : "#f3f5f6"
    readonly property color dialog: card
    // Counts and initials on a filled circle (unread badges, feed avatars).
    readonly property color badge: dark ? "#4db6ac" : "#00796b"
    readonly property color badgeMuted: dark ? "#7b868b" : "#5f6b70"
    readonly property color badgeText: dark ? "#00201c" : "#ffffff"

    // Account pages: cards, text, bars and links.
    readonly property color card: dark ? "#2b3134" : "#ffffff"
    readonly property color cardBorder: dark ? "#48535a" : "#d5dcdf"
    readonly property color cardHighlight: dark ? "#1f3b38" : "#e8f5f3"
    readonly property color cardHighlightBorder: dark ? "#4db6ac" : "#80cbc4"
    readonly property color mutedText: dark ? "#b7c2c7" : "#56646b"
    readonly property color strongText: dark ? "#f1f4f5" : "#1d2427"
    readonly property color barTrack: dark ? "#3a4449" : "#e7ecee"
    readonly property color bar: dark ? "#4db6ac" : "#00897b"
    readonly property color barMuted: dark ? "#7b868b" : "#b0bcc1"
    readonly property color link: dark ? "#80cbc4" : "#00695c"
    // The keyboard-focus frame of custom delegates (Material draws its own for controls).
    readonly property color focusRing: link
    readonly property color danger: dark ? "#f2b8b5" : "#b3261e"

    // The window's banners (offline, undeliverable email, conflicts): fill and text per tone,
    // light in both themes so they stand out of a dark window too.
    function bannerFill(tone) { return tone === "danger" ? "#ffcdd2" : "#ffecb3" }
    function bannerText(tone) { return tone === "danger" ? "#5f1018" : "#4a3b00" }

    // Status chips: fill, border and text per tone.
    function chipFill(tone) {
        switch (tone) {
        case "success": return dark ? "#1e3d2a" : "#e3f4e8"
        case "warning": return dark ? "#43361a" : "#fff3d6"
        case "danger": return dark ? "#4a2328" : "#fde7e9"
        case "info": return dark ? "#1d3547" : "#e3f0fb"
        default: return dark ? "#353d41" : "#eef1f2"
        }
    }
    function chipText(tone) {
        switch (tone) {
        case "success": return dark ? "#a5e0b5" : "#1b5e32"
        case "warning": return dark ? "#f3d38a" : "#6d4c00"
        case "danger": return dark ? "#f5b3bb" : "#9b1c2c"
        case "info": return dark ? "#a9d2f5" : "#0d4a7a"
        default: return dark ? "#cfd8dc" : "#37474f"
        }
    }
    function chipBorder(tone) {
        switch (tone) {
        case "success": return dark ? "#3f7d52" : "#9fd3ad"
        case "warning": return dark ? "#8a6d2a" : "#e6c36a"
        case "danger": return dark ? "#8c3b45" : "#f0a4ad"
        case "info": return dark ? "#3b6d93" : "#9cc6ea"
        default: return dark ? "#5b666b" : "#c7d0d4"
        }
    }
    // Tone of a session or split status.
    function statusTone(status) {
        switch (status) {
        case "scheduled": return "info"
        case "completed": return "success"
        case "paid": return "success"
        case "transferred": return "info"
        case "pending": return "warning"
        case "no_show": return "warning"
        case "cancelled": return "danger"
        case "reversed": return "danger"
        case "conflict": return "danger"
        case "failed": return "danger"
        default: return "neutral"
        }
    }

    // The calendar: grid, availability, session cards, rules and panels.
    readonly property color gridLine: dark ? "#3a4448" : "#dfe4e6"
    readonly property color gridLineStrong: dark ? "#56626a" : "#c3cacd"
    readonly property color hourText: dark ? "#b4bec2" : "#5f6b70"
    readonly property color availability: dark ? "#1f3f3b" : "#dcf1ed"
    readonly property color availabilityBorder: dark ? "#2f6b63" : "#9fd6cb"
    readonly property color overrideAvailability: dark ? "#3b3a1f" : "#fbf2cf"
    readonly property color overrideBorder: dark ? "#7a6f2c" : "#e3c96b"
    readonly property color vacation: dark ? "#3d2a2f" : "#f8e1e4"
    readonly property color vacationText: dark ? "#f0c2ca" : "#8a2e3d"
    readonly property color closed: dark ? "#2e3134" : "#eceeef"
    readonly property color ownCard: "#00796b"
    readonly property color ownCardBorder: dark ? "#4db6ac" : "#004d40"
    readonly property color otherCard: dark ? "#455a64" : "#546e7a"
    readonly property color otherCardBorder: dark ? "#90a4ae" : "#37474f"
    readonly property color cancelledCard: dark ? "#33393c" : "#eceff1"
    readonly property color cancelledBorder: dark ? "#6b767b" : "#b0bec5"
    readonly property color cancelledText: dark ? "#a7b1b5" : "#52636b"
    readonly property color cardText: "#ffffff"
    readonly property color today: dark ? "#80cbc4" : "#00796b"
    readonly property color todayFill: dark ? "#1c2f2d" : "#eef8f6"
    readonly property color nowLine: "#e53935"
    readonly property color rule: dark ? "#26665e" : "#b2dfd8"
    readonly property color ruleBorder: dark ? "#4db6ac" : "#00897b"
    readonly property color ruleText: dark ? "#e0f2f1" : "#004d40"
    readonly property color panel: dark ? "#263033" : "#f6f8f9"
    readonly property color panelBorder: dark ? "#3a4448" : "#dfe4e6"
    readonly property color slotChip: dark ? "#1f3f3b" : "#e0f2f1"
    readonly property color slotChipBorder: dark ? "#4db6ac" : "#80cbc4"
    // The calendar's own grey, a shade apart from the pages' mutedText.
    readonly property color calendarMutedText: dark ? "#b4bec2" : "#5f6b70"
}
