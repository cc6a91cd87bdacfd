pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Stripe payout onboarding: where the account stands, what Stripe still
// needs, and the one action that moves it forward.
Page {
    id: page
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Payouts")

    property alias controller: controller
    readonly property string tone: controller.state === "enabled" ? "success"
                                 : controller.state === "restricted" ? "danger"
                                 : controller.state === "not_started" ? "neutral" : "warning"

    background: null

    PayoutsController {
        id: controller
    }

    // Where the companion:// handler is missing (a tarball, a sandboxed build), coming back
    // to the window after onboarding is the return: check again.
    Connections {
        target: page.Window.window
        function onActiveChanged() {
            if (page.Window.window.active && controller.waitingForStripe)
                controller.refresh()
        }
    }

    // Back from Stripe in the browser (companion://payouts/return or /refresh): the status
    // decides what happened, and an expired link gets a fresh one.
    Connections {
        target: App
        function onPayoutsRequested(refresh) {
            if (refresh)
                controller.startOnboarding()
            else
                controller.returnedFromStripe()
        }
    }

    PayoutBalanceController {
        id: money
    }

    EarningsController {
        id: earnings
        includeSplits: false
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 20

            PageHeader {
                Layout.fillWidth: true
                Layout.margins: 32
                Layout.bottomMargin: 0
                title: qsTr("Payouts")
                subtitle: qsTr("Your earnings are paid out through Stripe to your bank account.")
            }

            LoadingState {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                visible: controller.loading && !controller.loaded && controller.state === "not_started"
            }

            Card {
                objectName: "payoutStatusCard"
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                highlighted: controller.state === "enabled"

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 10

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12
                        Label {
                            objectName: "payoutStateTitle"
                            Layout.fillWidth: true
                            font.pixelSize: 20
                            font.weight: Font.DemiBold
                            color: Theme.strongText
                            wrapMode: Text.WordWrap
                            text: {
                                switch (controller.state) {
                                case "enabled": return qsTr("Payouts are enabled")
                                case "pending_verification": return qsTr("Stripe is checking your details")
                                case "action_required": return qsTr("Stripe needs more details")
                                case "restricted": return qsTr("Payouts are paused")
                                default: return qsTr("Set up payouts")
                                }
                            }
                        }
                        StatusChip {
                            objectName: "payoutStateChip"
                            tone: page.tone
                            text: {
                                switch (controller.state) {
                                case "enabled": return qsTr("Enabled")
                                case "pending_verification": return qsTr("Verifying")
                                case "action_required": return qsTr("Action required")
                                case "restricted": return qsTr("Restricted")
                                default: return qsTr("Not started")
                                }
                            }
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.mutedText
                        text: {
                            switch (controller.state) {
                            case "enabled": return qsTr("Your share of every session is transferred to your Stripe balance when the session is completed and paid out to your bank on Stripe's schedule.")
                            case "pending_verification": return qsTr("You have sent everything Stripe asked for. This usually takes a few minutes; this page checks again by itself.")
                            case "action_required": return qsTr("Stripe cannot pay you out until the details below are complete. Your earnings are kept until then.")
                            case "restricted": return qsTr("Some details are past due or were rejected. Complete them to resume payouts; your earnings are kept until then.")
                            default: return qsTr("Before your first payout Stripe needs to know who you are and where to send the money. It takes about five minutes in your browser.")
                            }
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        Layout.topMargin: 6
                        visible: controller.requirementsDue.length > 0
                        text: qsTr("Still needed")
                        font.weight: Font.DemiBold
                        color: Theme.strongText
                    }
                    Label {
                        objectName: "payoutDeadline"
                        Layout.fillWidth: true
                        visible: controller.deadlineText.length > 0
                        text: controller.deadlineText
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                    }
                    Repeater {
                        model: controller.requirementsDue
                        delegate: Label {
                            required property string modelData
                            objectName: "payoutRequirement"
                            Layout.fillWidth: true
                            text: "• " + modelData
                            color: Theme.strongText
                            wrapMode: Text.WordWrap
                        }
                    }

                    RowLayout {
                        Layout.topMargin: 8
                        spacing: 12
                        ActionButton {
                            objectName: "startOnboardingButton"
                            visible: controller.state !== "enabled"
                            primary: true
                            enabled: !controller.offline
                            text: controller.state === "not_started" ? qsTr("Start onboarding") : qsTr("Continue in Stripe")
                            onClicked: controller.startOnboarding()
                        }
                        ActionButton {
                            objectName: "openDashboardButton"
                            visible: controller.state === "enabled"
                            enabled: !controller.offline
                            text: qsTr("Open Stripe dashboard")
                            onClicked: controller.openDashboard()
                        }
                        ActionButton {
                            objectName: "copyStripeLinkButton"
                            visible: controller.lastOpenedUrl.length > 0 && controller.state !== "enabled"
                            text: controller.linkCopied ? qsTr("Link copied") : qsTr("Copy link")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("If no browser opened, paste this link into one.")
                            onClicked: controller.copyLink()
                        }
                        ActionButton {
                            objectName: "checkAgainButton"
                            enabled: !controller.loading
                            text: controller.loading ? qsTr("Checking…") : qsTr("Check again")
                            onClicked: controller.refresh()
                        }
                    }

                    Label {
                        objectName: "payoutWaiting"
                        Layout.fillWidth: true
                        visible: controller.waitingForStripe && controller.state !== "enabled"
                        wrapMode: Text.WordWrap
                        color: Theme.mutedText
                        text: qsTr("Stripe opened in your browser. When you finish there, this page updates by itself.")
                    }
                    Label {
                        objectName: "payoutOffline"
                        Layout.fillWidth: true
                        visible: controller.offline
                        wrapMode: Text.WordWrap
                        color: Theme.mutedText
                        text: qsTr("Offline: this is what was saved at the last sync. Onboarding needs the server.")
                    }
                    Label {
                        objectName: "payoutError"
                        Layout.fillWidth: true
                        visible: controller.error.length > 0
                        wrapMode: Text.WordWrap
                        color: Theme.danger
                        text: controller.error
                    }
                }
            }

            BlockedMoneyHint {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                payouts: controller
                earnings: earnings
                startsOnboarding: true
            }

            // The balance, as Stripe Express shows it first.
            Card {
                objectName: "payoutBalanceCard"
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                visible: money.hasAccount

                GridLayout {
                    anchors.fill: parent
                    columns: page.width >= 760 ? 4 : 2
                    columnSpacing: 24
                    rowSpacing: 12

                    Repeater {
                        model: [
                            { name: "payoutAvailable", label: qsTr("Available"), value: money.availableText,
                              note: qsTr("in your Stripe balance") },
                            { name: "payoutPending", label: qsTr("On its way"), value: money.pendingText,
                              note: qsTr("not yet available") },
                            { name: "payoutNext", label: qsTr("Next payout"),
                              value: money.nextPayoutText.length > 0 ? money.nextPayoutText : qsTr("None scheduled"),
                              note: money.scheduleText },
                            { name: "payoutBank", label: qsTr("Bank account"),
                              value: money.bankText.length > 0 ? money.bankText : qsTr("Not added yet"), note: "" }
                        ]
                        delegate: ColumnLayout {
                            id: tile
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            spacing: 2
                            Label {
                                text: tile.modelData.label
                                color: Theme.mutedText
                                font.pixelSize: 12
                            }
                            Label {
                                objectName: tile.modelData.name
                                Layout.fillWidth: true
                                text: tile.modelData.value
                                font.pixelSize: 17
                                font.weight: Font.DemiBold
                                color: Theme.strongText
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: tile.modelData.note
                                color: Theme.mutedText
                                font.pixelSize: 12
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }

            // Every payout Stripe made, with the payments it paid.
            Card {
                objectName: "payoutHistoryCard"
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                visible: money.hasAccount

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Payout history")
                            font.weight: Font.DemiBold
                            color: Theme.strongText
                        }
                        Label {
                            visible: money.offline
                            text: qsTr("Offline: as last read")
                            color: Theme.mutedText
                            font.pixelSize: 12
                        }
                    }
                    Label {
                        objectName: "payoutHistoryEmpty"
                        Layout.fillWidth: true
                        visible: money.payouts.length === 0
                        text: qsTr("No payouts yet. Stripe pays out your balance on the schedule above once payouts are on.")
                        color: Theme.mutedText
                        wrapMode: Text.WordWrap
                    }
                    Repeater {
                        model: money.payouts
                        delegate: ColumnLayout {
                            id: payoutRow
                            required property var modelData
                            required property int index
                            property bool open: false
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 12
                                Label {
                                    Layout.preferredWidth: 110
                                    text: payoutRow.modelData.dateText
                                    color: Theme.mutedText
                                }
                                LinkButton {
                                    objectName: "payoutRow_" + payoutRow.index
                                    Layout.fillWidth: true
                                    text: (payoutRow.open ? "▾ " : "▸ ") + qsTr("%n payment(s)", "", payoutRow.modelData.count)
                                    onClicked: payoutRow.open = !payoutRow.open
                                    // Without the ▸/▾ drawing, which a screen reader would spell out.
                                    Accessible.name: qsTr("%1, %2").arg(payoutRow.modelData.dateText)
                                                     .arg(payoutRow.modelData.count === 1 ? qsTr("1 payment")
                                                          : qsTr("%1 payments").arg(payoutRow.modelData.count))
                                    Accessible.description: payoutRow.open ? qsTr("Hides its payments.") : qsTr("Shows its payments.")
                                }
                                StatusChip {
                                    text: payoutRow.modelData.statusText
                                    tone: payoutRow.modelData.status === "paid" ? "success" : "danger"
                                }
                                Label {
                                    Layout.preferredWidth: 100
                                    horizontalAlignment: Text.AlignRight
                                    text: payoutRow.modelData.amountText
                                    font.weight: Font.DemiBold
                                    color: Theme.strongText
                                }
                            }
                            Repeater {
                                model: payoutRow.open ? payoutRow.modelData.lines : []
                                delegate: Label {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    Layout.leftMargin: 122
                                    text: modelData
                                    color: Theme.mutedText
                                    font.pixelSize: 12
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                Layout.bottomMargin: 32

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6
                    Label {
                        text: qsTr("How payouts work")
                        font.weight: Font.DemiBold
                        color: Theme.strongText
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.mutedText
                        text: qsTr("A student's payment is split when they book: your share waits as pending until the session is completed, is then transferred to your Stripe balance, and Stripe pays it out to your bank. A refund takes the share back. Earnings shows every payment and its state.")
                    }
                }
            }
        }
    }
}
