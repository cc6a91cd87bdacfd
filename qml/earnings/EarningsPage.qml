pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Earnings: totals by status, a summary by month / course / status drawn as
// bars, the rules behind every share, and each payment split with its status.
Page {
    id: page

    readonly property bool offlineWithoutData: Account.connection === Account.OfflineNoData

    objectName: "earningsPage"
    background: null

    EarningsController {
        id: earnings
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        anchors.bottomMargin: 0
        spacing: 16

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Earnings")
            subtitle: earnings.periodText.length > 0
                      ? qsTr("Your share of the payments booked %1 · dates in %2").arg(earnings.periodText).arg(earnings.summary.timeZone)
                      : qsTr("Your share of every payment for sessions you teach or that are taught in your courses.")
        }

        // Totals: what was earned in the period and where the money is.
        GridLayout {
            id: totals

            // One height for every tile, so a wrapped caption does not make a ragged row.
            readonly property real tileHeight: Math.max(totalTile.implicitHeight, pendingTile.implicitHeight,
                                                        transferredTile.implicitHeight, paidTile.implicitHeight)

            Layout.fillWidth: true
            visible: earnings.hasData
            columns: page.width >= 700 ? 4 : 2
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
                value: earnings.totalText
                detail: earnings.reversedText.length > 0
                        ? qsTr("%1 refunded, left out").arg(earnings.reversedText) : qsTr("refunds are not counted")
                highlighted: true
            }
            StatTile {
                id: pendingTile
                valueObjectName: "earningsPending"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: totals.tileHeight
                caption: qsTr("Waiting for transfer")
                value: earnings.pendingText
                detail: qsTr("not yet sent to you")
            }
            StatTile {
                id: transferredTile
                valueObjectName: "earningsTransferred"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: totals.tileHeight
                caption: qsTr("Transferred")
                value: earnings.transferredText
                detail: qsTr("in your Stripe balance")
            }
            StatTile {
                id: paidTile
                valueObjectName: "earningsPaid"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: totals.tileHeight
                caption: qsTr("Paid out")
                value: earnings.paidText
                detail: qsTr("sent to your bank")
            }
        }

        TabBar {
            id: tabs
            objectName: "earningsTabs"
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            visible: earnings.hasData
            background: null

            TabButton {
                objectName: "earningsTabSummary"
                text: qsTr("Summary")
            }
            TabButton {
                objectName: "earningsTabPayments"
                text: earnings.splits.totalCount > 0 ? qsTr("Payments (%1)").arg(earnings.splits.totalCount) : qsTr("Payments")
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            LoadingState {
                anchors.fill: parent
                visible: !earnings.hasData && (!Account.settled || earnings.loading)
                text: qsTr("Loading your earnings…")
            }
            EmptyState {
                objectName: "earningsEmpty"
                anchors.fill: parent
                visible: !earnings.hasData && Account.settled && !earnings.loading
                title: page.offlineWithoutData ? qsTr("No earnings saved on this computer yet")
                                               : qsTr("No earnings synced yet")
                explanation: page.offlineWithoutData
                             ? qsTr("Companion is offline and has not synced this account before. Earnings appear after the first sync.")
                             : qsTr("Earnings appear after the next sync. If this stays empty, check the sync status at the bottom left.")
                actionText: Account.ready ? qsTr("Sync now") : ""
                onActionTriggered: Account.syncNow()
            }

            StackLayout {
                anchors.fill: parent
                visible: earnings.hasData
                currentIndex: tabs.currentIndex

                // ---- Summary -------------------------------------------------
                ScrollView {
                    id: summaryScroll
                    contentWidth: availableWidth
                    clip: true

                    ColumnLayout {
                        width: summaryScroll.availableWidth - 12
                        spacing: 14

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8

                            Label {
                                text: qsTr("Group by")
                                color: Theme.mutedText
                            }
                            Repeater {
                                model: [
                                    { key: "month", label: qsTr("Month") },
                                    { key: "course", label: qsTr("Course") },
                                    { key: "status", label: qsTr("Status") }
                                ]
                                delegate: ActionButton {
                                    required property var modelData
                                    objectName: "groupBy_" + modelData.key
                                    text: modelData.label
                                    checkable: true
                                    checked: earnings.groupBy === modelData.key
                                    onClicked: earnings.groupBy = modelData.key
                                }
                            }
                            Item {
                                Layout.fillWidth: true
                            }
                        }

                        Label {
                            objectName: "earningsError"
                            Layout.fillWidth: true
                            visible: earnings.error.length > 0
                            wrapMode: Text.WordWrap
                            color: Theme.chipText("danger")
                            text: qsTr("The saved summary could not be read (%1). It is fetched again with the next sync.").arg(earnings.error)
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: earnings.summary.count === 0 && earnings.error.length === 0
                            wrapMode: Text.WordWrap
                            color: Theme.mutedText
                            text: qsTr("No payments in this period yet. When a student pays for a session, your share shows up here as pending.")
                        }

                        Repeater {
                            model: earnings.summary

                            delegate: RowLayout {
                                id: bar

                                required property int index
                                required property string label
                                required property string amountText
                                required property int count
                                required property real relative
                                required property bool inTotal

                                objectName: "earningsBar_" + index
                                Layout.fillWidth: true
                                spacing: 12

                                Label {
                                    objectName: "earningsBarLabel_" + bar.index
                                    Layout.preferredWidth: Math.min(220, page.width * 0.25)
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
                                    text: bar.count === 1 ? qsTr("1 payment") : qsTr("%1 payments").arg(bar.count)
                                    color: Theme.mutedText
                                    font.pixelSize: 12
                                    elide: Text.ElideRight
                                }
                            }
                        }

                        Label {
                            Layout.fillWidth: true
                            visible: earnings.groupBy === "status"
                            wrapMode: Text.WordWrap
                            color: Theme.mutedText
                            font.pixelSize: 12
                            text: qsTr("Reversed payments were refunded to the student; they are shown struck through and are not part of the total.")
                        }

                        Card {
                            objectName: "earningsRules"
                            Layout.fillWidth: true
                            Layout.topMargin: 8
                            Layout.bottomMargin: 24

                            ColumnLayout {
                                anchors.fill: parent
                                spacing: 6

                                Label {
                                    text: qsTr("How your share is worked out")
                                    font.weight: Font.DemiBold
                                    font.pixelSize: 15
                                }
                                Label {
                                    Layout.fillWidth: true
                                    wrapMode: Text.WordWrap
                                    text: qsTr("• A creator teaches their own course: the creator gets 85%, the platform 15%.")
                                }
                                Label {
                                    Layout.fillWidth: true
                                    wrapMode: Text.WordWrap
                                    text: qsTr("• An S-T teaches a creator's course: the S-T gets 70%, the course's creator 15%, the platform 15%.")
                                }
                                Label {
                                    Layout.fillWidth: true
                                    wrapMode: Text.WordWrap
                                    color: Theme.mutedText
                                    text: qsTr("Each share is rounded down to the cent and the platform takes the cents left over, so the shares always add up to exactly what the student paid. A payment is pending when it is booked, transferred when it reaches your Stripe balance, and paid out when it is sent to your bank.")
                                }
                            }
                        }
                    }
                }

                // ---- Payments ------------------------------------------------
                ColumnLayout {
                    spacing: 10

                    Flow {
                        Layout.fillWidth: true
                        spacing: 6

                        Repeater {
                            model: [
                                { key: "", label: qsTr("All") },
                                { key: "pending", label: qsTr("Pending") },
                                { key: "transferred", label: qsTr("Transferred") },
                                { key: "paid", label: qsTr("Paid out") },
                                { key: "reversed", label: qsTr("Reversed") }
                            ]
                            delegate: ActionButton {
                                required property var modelData
                                objectName: "splitFilter_" + (modelData.key.length > 0 ? modelData.key : "all")
                                text: qsTr("%1 (%2)").arg(modelData.label).arg(earnings.splits.totalCount >= 0 ? earnings.splits.countWithStatus(modelData.key) : 0)
                                checkable: true
                                checked: earnings.splits.statusFilter === modelData.key
                                onClicked: earnings.splits.statusFilter = modelData.key
                            }
                        }
                    }

                    ListView {
                        id: splitList

                        objectName: "splitList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: 6
                        bottomMargin: 24
                        model: earnings.splits
                        ScrollBar.vertical: ScrollBar {}

                        delegate: Card {
                            id: row

                            required property int index
                            required property string courseTitle
                            required property string ruleText
                            required property string amountText
                            required property string status
                            required property string statusLabel
                            required property string createdDate
                            required property string paidDate

                            objectName: "splitRow_" + index
                            width: ListView.view.width - 12
                            padding: 10

                            RowLayout {
                                anchors.fill: parent
                                spacing: 12

                                Label {
                                    Layout.preferredWidth: 140
                                    text: row.createdDate
                                    color: Theme.mutedText
                                    elide: Text.ElideRight
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Label {
                                        Layout.fillWidth: true
                                        text: row.courseTitle
                                        font.weight: Font.DemiBold
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: row.paidDate.length > 0 ? qsTr("%1 · paid out %2").arg(row.ruleText).arg(row.paidDate) : row.ruleText
                                        color: Theme.mutedText
                                        font.pixelSize: 12
                                        elide: Text.ElideRight
                                    }
                                }
                                StatusChip {
                                    text: row.statusLabel
                                    tone: Theme.statusTone(row.status)
                                }
                                Label {
                                    objectName: "splitAmount_" + row.index
                                    Layout.preferredWidth: 90
                                    horizontalAlignment: Text.AlignRight
                                    text: row.amountText
                                    font.weight: Font.DemiBold
                                    font.strikeout: row.status === "reversed"
                                }
                            }
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: splitList.count === 0
                        verticalAlignment: Text.AlignTop
                        wrapMode: Text.WordWrap
                        color: Theme.mutedText
                        text: earnings.splits.totalCount === 0 ? qsTr("No payments yet.") : qsTr("No payments with this status.")
                    }
                }
            }
        }
    }
}
