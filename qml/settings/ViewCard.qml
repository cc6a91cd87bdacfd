import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// How the window shows things: theme, the time zone of the times, when Join opens.
GroupBox {
    id: card

    objectName: "viewGroup"
    title: qsTr("Appearance and time")

    // Label, control: one row each, the label wrapping when the window is narrow.
    component SettingRow: RowLayout {
        property alias label: rowLabel.text
        Layout.fillWidth: true
        spacing: 12
        Label {
            id: rowLabel
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        SettingRow {
            label: qsTr("Theme")
            ComboBox {
                readonly property var values: ["system", "light", "dark"]

                objectName: "themeBox"
                Accessible.name: qsTr("Theme")
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [qsTr("Like the system"), qsTr("Light"), qsTr("Dark")]
                currentIndex: Math.max(0, values.indexOf(ViewSettings.theme))
                onActivated: index => ViewSettings.theme = values[index]
            }
        }
        SettingRow {
            label: qsTr("Show times in")
            ComboBox {
                id: zoneBox

                readonly property var zoneIds: ViewSettings.zones()

                objectName: "viewZoneBox"
                Accessible.name: qsTr("Time zone for showing times")
                Layout.preferredWidth: 280
                model: ViewSettings.zoneLabels()
                currentIndex: Math.max(0, zoneIds.indexOf(ViewSettings.viewZone))
                onActivated: index => ViewSettings.viewZone = zoneIds[index]
            }
        }
        SettingRow {
            label: qsTr("Join opens before a session")
            ComboBox {
                readonly property var minutes: [0, 5, 10, 15, 30]

                objectName: "joinWindowBox"
                Accessible.name: qsTr("How early Join opens")
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [qsTr("At the start"), qsTr("5 minutes before"), qsTr("10 minutes before"),
                    qsTr("15 minutes before"), qsTr("30 minutes before")]
                currentIndex: Math.max(0, minutes.indexOf(ViewSettings.joinWindowMinutes))
                onActivated: index => ViewSettings.joinWindowMinutes = minutes[index]
            }
        }
        Label {
            Layout.fillWidth: true
            visible: ViewSettings.error.length > 0
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: ViewSettings.error
        }
    }
}
