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
            title: qsTr("Earnings")
            subtitle: qsTr("Your share of every session: 85% when a creator teaches, 70% for an S-T, 15% to the creator when an S-T teaches their course.")
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Earnings are coming soon")
            explanation: qsTr("Pending, transferred and paid amounts per course and month will appear here. Syncing earnings is not built yet.")
        }
    }
}
