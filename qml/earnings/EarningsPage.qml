pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Earnings: totals by status, a summary by month / course / status drawn as
// bars, the rules behind every share, and each payment split with its status.
Page {
    id: page
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Earnings")

    readonly property bool offlineWithoutData: Account.connection === Account.OfflineNoData

    objectName: "earningsPage"
    background: null

    EarningsController {
        id: earnings
    }

    EarningsCsvExport {
        id: csv
    }

    PayoutsController {
        id: payoutState
    }

    // A payment's session, opened from its row.
    SessionView {
        id: sessionView
    }

    FileDialog {
        id: csvDialog
        title: qsTr("Save the payments of the period as CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        selectedFile: csv.suggestedFileName(earnings)
        onAccepted: csv.write(earnings, selectedFile)
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

        RowLayout {
            Layout.fillWidth: true
            visible: earnings.hasData
            spacing: 12

            PeriodBar {
                Layout.fillWidth: true
                earnings: earnings
            }
            ActionButton {
                objectName: "exportCsvButton"
                text: qsTr("Export CSV…")
                enabled: !csv.busy
                onClicked: csvDialog.open()
            }
        }
        Label {
            objectName: "csvMessage"
            Layout.fillWidth: true
            visible: csv.message.length > 0
            text: csv.message
            color: csv.failed ? Theme.danger : Theme.mutedText
            elide: Text.ElideMiddle
        }

        BlockedMoneyHint {
            Layout.fillWidth: true
            payouts: payoutState
            earnings: earnings
        }

        // Totals: what was earned in the period and where the money is.
        EarningsTotals {
            Layout.fillWidth: true
            visible: earnings.hasData
            columns: page.width >= 700 ? 4 : 2
            controller: earnings
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
                                    { key: "status", label: qsTr("Status") },
                                    { key: "role", label: qsTr("Who taught") }
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

                        EarningsChart {
                            Layout.fillWidth: true
                            visible: earnings.summary.count > 0
                            model: earnings.chart
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

                            delegate: SummaryBarDelegate {
                                labelWidth: Math.min(220, page.width * 0.25)
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

                        SplitRulesCard {
                            Layout.fillWidth: true
                            Layout.topMargin: 8
                            Layout.bottomMargin: 24
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

                        delegate: SplitDelegate {
                            onSessionRequested: id => sessionView.show(id)
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
