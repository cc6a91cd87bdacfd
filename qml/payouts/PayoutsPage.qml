import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.Components

Page {
    background: null

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: 24

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Payouts")
            subtitle: qsTr("Stripe payout onboarding and status.")
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Payout setup is coming soon")
            explanation: qsTr("You will start Stripe onboarding here and see whether payouts are enabled or which details are still due. It is not built yet.")
        }
    }
}
