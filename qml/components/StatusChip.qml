import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A small rounded label for a status ("Pending", "Cancelled" …). `tone` is one
// of neutral, info, success, warning, danger.
Rectangle {
    id: chip

    property alias text: label.text
    property string tone: "neutral"
    property bool dark: Material.theme === Material.Dark

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: tones.chipFill(tone)
    border.width: 1
    border.color: tones.chipBorder(tone)

    Tones {
        id: tones
        dark: chip.dark
    }

    Label {
        id: label
        anchors.centerIn: parent
        color: tones.chipText(chip.tone)
        font.pixelSize: 12
        font.weight: Font.DemiBold
    }
}
