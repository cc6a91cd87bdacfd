pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// This month's earnings on Home: the total, from how many payments, what is
// still waiting to be transferred, and a link to Earnings.
Card {
    id: card

    // The page's controller (totals only).
    required property EarningsController controller

    objectName: "monthEarningsCard"

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            objectName: "monthEarnings"
            Layout.fillWidth: true
            text: card.controller.hasData ? card.controller.thisMonthText : (Account.settled ? qsTr("Not synced yet") : qsTr("Loading…"))
            font.pixelSize: card.controller.hasData ? 28 : 16
            font.weight: Font.Bold
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 14
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: card.controller.hasData
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("from %n payment(s)", "", card.controller.thisMonthCount)
        }
        Label {
            Layout.fillWidth: true
            visible: card.controller.hasData && card.controller.pendingText.length > 0
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("%1 waiting to be transferred (all months)").arg(card.controller.pendingText)
        }
        LinkButton {
            flat: true
            text: qsTr("Earnings details →")
            onClicked: App.currentPage = "earnings"
        }
    }
}
