import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A bordered panel for grouping content (no elevation: the software renderer
// would not draw it). `highlighted` marks the one card that matters most.
Pane {
    id: card

    property bool highlighted: false
    // Draws a keyboard-focus border (for cards that act like buttons).
    property bool focusRing: false
    property bool dark: Material.theme === Material.Dark

    padding: 16

    Tones {
        id: tones
        dark: card.dark
    }

    background: Rectangle {
        radius: 8
        color: card.highlighted ? tones.cardHighlight : tones.card
        border.width: card.focusRing ? 2 : 1
        border.color: card.focusRing ? tones.link
                    : card.highlighted ? tones.cardHighlightBorder : tones.cardBorder
    }
}
