pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.Components

// "2 sessions, 4 students stay booked": what an override or a vacation would leave outside
// the hours, each session named, with the choice to save anyway or not. Hidden while
// `impact` has no sessions (impact: AvailabilityEditorController::overrideImpact's map).
Rectangle {
    id: warning

    property var impact: ({})
    property string message
    property string confirmText
    signal confirmed()
    signal cancelled()

    visible: (warning.impact.count ?? 0) > 0
    implicitHeight: column.implicitHeight + 16
    radius: 6
    color: Theme.vacation
    border.color: Theme.vacationText
    Accessible.role: Accessible.AlertMessage
    Accessible.name: summary.text

    ColumnLayout {
        id: column
        x: 8
        y: 8
        width: parent.width - 16
        spacing: 4
        Label {
            id: summary
            objectName: "bookedSummary"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.weight: Font.DemiBold
            color: Theme.vacationText
            text: warning.impact.summary ?? ""
        }
        Repeater {
            model: warning.impact.sessions ?? []
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: 12
                color: Theme.vacationText
                text: "• " + modelData
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: 12
            color: Theme.vacationText
            text: warning.message
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "bookedCancel"
                flat: true
                text: qsTr("Cancel")
                onClicked: warning.cancelled()
            }
            Button {
                objectName: "bookedConfirm"
                // No elevation: the software renderer drops elevated backgrounds entirely.
                Material.elevation: 0
                text: warning.confirmText
                onClicked: warning.confirmed()
            }
        }
    }
}
