pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The totals on Earnings: earned in the period, waiting for transfer,
// transferred and paid out, as four tiles of one height. The page sets columns.
GridLayout {
    id: totals

    // The page's controller.
    required property EarningsController controller

    // One height for every tile, so a wrapped caption does not make a ragged row.
    readonly property real tileHeight: Math.max(totalTile.implicitHeight, pendingTile.implicitHeight,
                                                transferredTile.implicitHeight, paidTile.implicitHeight)

    columnSpacing: 12
    rowSpacing: 12

    StatTile {
        id: totalTile
        objectName: "earningsTotalTile"
        valueObjectName: "earningsTotal"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: totals.tileHeight
        caption: qsTr("Earned in the period")
        value: totals.controller.totalText
        detail: totals.controller.reversedText.length > 0
                ? qsTr("%1 refunded, left out").arg(totals.controller.reversedText) : qsTr("refunds are not counted")
        highlighted: true
    }
    StatTile {
        id: pendingTile
        valueObjectName: "earningsPending"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: totals.tileHeight
        caption: qsTr("Waiting for transfer")
        value: totals.controller.pendingText
        detail: qsTr("not yet sent to you")
    }
    StatTile {
        id: transferredTile
        valueObjectName: "earningsTransferred"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: totals.tileHeight
        caption: qsTr("Transferred")
        value: totals.controller.transferredText
        detail: qsTr("in your Stripe balance")
    }
    StatTile {
        id: paidTile
        valueObjectName: "earningsPaid"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: totals.tileHeight
        caption: qsTr("Paid out")
        value: totals.controller.paidText
        detail: qsTr("sent to your bank")
    }
}
