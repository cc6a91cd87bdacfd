import QtQuick
import QtQuick.Controls

// A bordered panel for grouping content (no elevation: the software renderer
// would not draw it). `highlighted` marks the one card that matters most.
Pane {
    id: card

    property bool highlighted: false
    // Draws a keyboard-focus border (for cards that act like buttons).
    property bool focusRing: false

    padding: 16

    background: Rectangle {
        radius: 8
        color: card.highlighted ? Theme.cardHighlight : Theme.card
        border.width: card.focusRing ? 3 : 1
        border.color: card.focusRing ? Theme.focusRing
                    : card.highlighted ? Theme.cardHighlightBorder : Theme.cardBorder
    }
}
