import QtQuick
import QtQuick.Controls

// A small rounded label for a status ("Pending", "Cancelled" …). `tone` is one
// of neutral, info, success, warning, danger.
Rectangle {
    id: chip

    property alias text: label.text
    property string tone: "neutral"

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: Theme.chipFill(tone)
    border.width: 1
    border.color: Theme.chipBorder(tone)

    Label {
        id: label
        anchors.centerIn: parent
        color: Theme.chipText(chip.tone)
        font.pixelSize: 12
        font.weight: Font.DemiBold
    }
}
