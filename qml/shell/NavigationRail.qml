import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App

// The left column: who is signed in and the app's sections.
Pane {
    id: rail

    padding: 0
    Material.elevation: 2

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AccountHeader {
            Layout.fillWidth: true
        }

        MenuSeparator {
            Layout.fillWidth: true
        }

        Repeater {
            model: [
                { page: "home", label: qsTr("Home") },
                { page: "calendar", label: qsTr("Calendar") },
                { page: "bookings", label: qsTr("Bookings") },
                { page: "earnings", label: qsTr("Earnings") },
                { page: "payouts", label: qsTr("Payouts") },
                { page: "settings", label: qsTr("Settings") }
            ]
            delegate: ItemDelegate {
                required property var modelData
                objectName: "nav_" + modelData.page
                Layout.fillWidth: true
                text: modelData.label
                highlighted: App.currentPage === modelData.page
                font.weight: highlighted ? Font.DemiBold : Font.Normal
                onClicked: App.currentPage = modelData.page
            }
        }

        Item {
            Layout.fillHeight: true
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: 16
            text: qsTr("Companion %1").arg(App.version)
            opacity: 0.5
            font.pixelSize: 12
        }
    }
}
