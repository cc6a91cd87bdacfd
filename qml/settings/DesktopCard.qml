import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Reminders, the tray and starting at login: how Companion lives on this computer.
GroupBox {
    objectName: "desktopGroup"
    title: qsTr("Reminders and this computer")

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Remind me before each session I teach")
            }
            ComboBox {
                id: lead

                readonly property var minutes: [0, 5, 10, 15, 30, 60]

                objectName: "reminderLeadBox"
                Accessible.name: qsTr("Reminder time before a session")
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [qsTr("At the start"), qsTr("5 minutes before"), qsTr("10 minutes before"),
                    qsTr("15 minutes before"), qsTr("30 minutes before"), qsTr("1 hour before")]
                currentIndex: Math.max(0, minutes.indexOf(DesktopSettings.reminderLeadMinutes))
                onActivated: index => DesktopSettings.reminderLeadMinutes = minutes[index]
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Reminders come from this computer, also offline. One missed while the computer slept shows once when it wakes.")
        }
        Switch {
            objectName: "keepInTraySwitch"
            Layout.fillWidth: true
            leftPadding: 0
            visible: DesktopSettings.trayAvailable
            text: qsTr("Keep running in the tray when the window is closed")
            checked: DesktopSettings.keepInTray
            onToggled: DesktopSettings.keepInTray = checked
        }
        Switch {
            objectName: "startAtLoginSwitch"
            Layout.fillWidth: true
            leftPadding: 0
            text: qsTr("Start Companion when I log in")
            checked: DesktopSettings.startAtLogin
            onToggled: DesktopSettings.startAtLogin = checked
        }
        Label {
            Layout.fillWidth: true
            visible: DesktopSettings.error.length > 0
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: DesktopSettings.error
        }
    }
}
