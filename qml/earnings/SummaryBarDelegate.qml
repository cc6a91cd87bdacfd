pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.Components

// One group of the earnings summary (a month, a course or a status): label,
// a bar relative to the largest group, amount and number of payments. The roles
// come from EarningsSummaryModel; reversed payments are struck through.
RowLayout {
    id: bar

    required property int index
    required property string label
    required property string amountText
    required property int count
    required property real relative
    required property bool inTotal
    // The page's choice: a quarter of its width, at most 220.
    property real labelWidth: 220

    objectName: "earningsBar_" + index
    Layout.fillWidth: true
    spacing: 12

    Label {
        objectName: "earningsBarLabel_" + bar.index
        Layout.preferredWidth: bar.labelWidth
        text: bar.label
        elide: Text.ElideRight
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 18
        radius: 4
        color: Theme.barTrack
        Rectangle {
            width: Math.max(2, parent.width * bar.relative)
            height: parent.height
            radius: 4
            color: bar.inTotal ? Theme.bar : Theme.barMuted
        }
    }
    Label {
        objectName: "earningsBarAmount_" + bar.index
        Layout.preferredWidth: 110
        horizontalAlignment: Text.AlignRight
        text: bar.amountText
        font.weight: Font.DemiBold
        font.strikeout: !bar.inTotal
    }
    Label {
        Layout.preferredWidth: 96
        text: qsTr("%n payment(s)", "", bar.count)
        color: Theme.mutedText
        font.pixelSize: 12
        elide: Text.ElideRight
    }
}
