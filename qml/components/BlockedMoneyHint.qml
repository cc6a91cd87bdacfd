import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App

// Said wherever money is shown: while payouts are not set up (or paused), what has been
// earned waits, and one action leads to fixing it. Hidden when payouts work or nothing waits.
Card {
    id: hint

    required property PayoutsController payouts
    required property EarningsController earnings
    // On the Payouts page the action starts onboarding instead of navigating there.
    property bool startsOnboarding: false

    objectName: "blockedMoneyHint"
    visible: payouts.state !== "enabled" && (payouts.loaded || payouts.offline) && earnings.hasWaitingMoney
    padding: 12
    background: Rectangle {
        radius: 8
        color: Theme.chipFill("warning")
        border.color: Theme.chipBorder("warning")
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            objectName: "blockedMoneyText"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.chipText("warning")
            text: hint.payouts.state === "restricted"
                  ? qsTr("%1 is waiting: Stripe has paused your payouts until your details are complete.").arg(hint.earnings.pendingText)
                  : qsTr("%1 is waiting: finish your payout setup to receive it.").arg(hint.earnings.pendingText)
        }
        ActionButton {
            objectName: "blockedMoneyAction"
            text: hint.startsOnboarding ? qsTr("Continue in Stripe") : qsTr("Finish payout setup")
            visible: !hint.startsOnboarding
            enabled: !hint.payouts.offline
            onClicked: {
                if (hint.startsOnboarding)
                    hint.payouts.startOnboarding()
                else
                    App.currentPage = "payouts"
            }
        }
    }
}
