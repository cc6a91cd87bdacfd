import QtQuick

// Colours of the calendar in the light and the dark theme. The software renderer
// draws no Material shadows, so structure comes from borders and fills.
QtObject {
    property bool dark: false

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
    readonly property color ownCard: dark ? "#00796b" : "#00897b"
    readonly property color ownCardBorder: dark ? "#4db6ac" : "#00695c"
    readonly property color otherCard: dark ? "#455a64" : "#546e7a"
    readonly property color otherCardBorder: dark ? "#90a4ae" : "#37474f"
    readonly property color cancelledCard: dark ? "#33393c" : "#eceff1"
    readonly property color cancelledBorder: dark ? "#6b767b" : "#b0bec5"
    readonly property color cancelledText: dark ? "#a7b1b5" : "#607d8b"
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
    readonly property color mutedText: dark ? "#b4bec2" : "#5f6b70"
}
