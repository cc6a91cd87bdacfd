pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Earnings per month of the period, stacked by status (paid out at the bottom, then
// transferred, then waiting), refunds as a thin outline beside. Every bar takes keyboard
// focus and shows its amounts on hover or focus; a screen reader reads the same sentence.
ColumnLayout {
    id: chart

    required property EarningsChartModel model

    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        spacing: 14
        Repeater {
            model: [
                { label: qsTr("Paid out"), color: Theme.bar },
                { label: qsTr("Transferred"), color: Theme.chipBorder("info") },
                { label: qsTr("Waiting for transfer"), color: Theme.chipBorder("warning") },
                { label: qsTr("Refunded (not counted)"), color: Theme.chipBorder("danger") }
            ]
            delegate: RowLayout {
                id: key
                required property var modelData
                spacing: 4
                Rectangle {
                    implicitWidth: 12
                    implicitHeight: 12
                    radius: 2
                    color: key.modelData.color
                }
                Label {
                    text: key.modelData.label
                    font.pixelSize: 12
                    color: Theme.mutedText
                }
            }
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            text: chart.model.maxText.length > 0 ? qsTr("Tallest month: %1").arg(chart.model.maxText) : ""
            font.pixelSize: 12
            color: Theme.mutedText
        }
    }

    Item {
        id: plot

        objectName: "earningsChart"
        Layout.fillWidth: true
        Layout.preferredHeight: 160
        readonly property real slot: chart.model.count > 0 ? width / chart.model.count : width

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 20
            height: 1
            color: Theme.gridLineStrong
        }

        Repeater {
            model: chart.model
            delegate: Item {
                id: bar

                required property int index
                required property string shortLabel
                required property real pending
                required property real transferred
                required property real paid
                required property real reversed
                required property string description

                readonly property real area: plot.height - 24
                x: index * plot.slot
                width: plot.slot
                height: plot.height
                activeFocusOnTab: true
                Accessible.role: Accessible.StaticText
                Accessible.name: description

                HoverHandler {
                    id: hover
                }
                ToolTip.visible: hover.hovered || activeFocus
                ToolTip.text: description

                Rectangle {
                    anchors.fill: parent
                    anchors.bottomMargin: 20
                    color: bar.activeFocus || hover.hovered ? Theme.barTrack : "transparent"
                    radius: 3
                }
                Column {
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: 21
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(28, bar.width * 0.6)
                    Rectangle {
                        width: parent.width
                        height: bar.pending * bar.area
                        color: Theme.chipBorder("warning")
                    }
                    Rectangle {
                        width: parent.width
                        height: bar.transferred * bar.area
                        color: Theme.chipBorder("info")
                    }
                    Rectangle {
                        width: parent.width
                        height: bar.paid * bar.area
                        color: Theme.bar
                    }
                }
                Rectangle {
                    visible: bar.reversed > 0
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: 21
                    x: bar.width / 2 + Math.min(14, bar.width * 0.3) + 2
                    width: 3
                    height: bar.reversed * bar.area
                    color: Theme.chipBorder("danger")
                }
                Label {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: bar.shortLabel
                    font.pixelSize: 11
                    color: Theme.mutedText
                    visible: plot.slot >= 26 || bar.index % 2 === 0
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: chart.model.otherCurrenciesText
        font.pixelSize: 12
        color: Theme.mutedText
    }
}
