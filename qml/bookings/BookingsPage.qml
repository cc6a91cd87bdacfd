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
            title: qsTr("Bookings")
            subtitle: qsTr("Upcoming, past and cancelled sessions.")
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Bookings are coming soon")
            explanation: qsTr("When students book your slots, their sessions will be listed here with attendance and recordings. Syncing bookings is not built yet.")
        }
    }
}
