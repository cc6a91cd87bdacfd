pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Earnings on Home: this month beside last month (so the 1st does not read as a bare
// "€0.00"), each with how many payments, what is still waiting to be transferred, and a
// link to Earnings.
Card {
    id: card

    // The page's controller (totals only).
    required property EarningsController controller

    objectName: "monthEarningsCard"

    component Month: ColumnLayout {
        id: month
        property string name
        property string amount
        property int payments
        property bool current
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: month.name
            color: Theme.mutedText
            elide: Text.ElideRight
        }
        Label {
            objectName: month.current ? "monthEarnings" : "lastMonthEarnings"
            Layout.fillWidth: true
            text: month.amount
            font.pixelSize: month.current ? 26 : 20
            font.weight: month.current ? Font.Bold : Font.DemiBold
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 14
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("from %n payment(s)", "", month.payments)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            visible: !card.controller.hasData
            text: Account.settled ? qsTr("Not synced yet") : qsTr("Loading…")
            font.pixelSize: 16
            font.weight: Font.Bold
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.controller.hasData
            spacing: 16
            Month {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                current: true
                name: card.controller.thisMonthName
                amount: card.controller.thisMonthText
                payments: card.controller.thisMonthCount
            }
            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                color: Theme.cardBorder
            }
            Month {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                current: false
                name: card.controller.lastMonthName
                amount: card.controller.lastMonthText
                payments: card.controller.lastMonthCount
            }
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
