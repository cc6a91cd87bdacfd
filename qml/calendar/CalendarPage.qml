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
            title: qsTr("Calendar")
            subtitle: qsTr("Your weekly availability and booked sessions.")
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("The calendar is coming soon")
            explanation: qsTr("Here you will set your weekly availability, date exceptions and vacations, and see your bookings on top of them, in your time zone. It is not built yet.")
        }
    }
}
