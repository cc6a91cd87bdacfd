import QtQuick

// Colours shared by the account pages in the light and the dark theme. The
// software renderer draws no Material shadows, so cards get their structure
// from fills and borders, never from elevation.
QtObject {
    property bool dark: false

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
}
