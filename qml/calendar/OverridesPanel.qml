pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Date overrides: the hours of one date instead of the weekly ones, or the date closed.
ColumnLayout {
    id: panel

    required property CalendarController controller
    spacing: 8

    Label {
        text: qsTr("Date overrides")
        font.weight: Font.DemiBold
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        color: Theme.calendarMutedText
        text: qsTr("Replace the weekly hours on one date, or close it.")
    }
    Repeater {
        model: panel.controller.editor.overrides
        delegate: RowLayout {
            id: overrideRow
            required property int overrideIndex
            required property string dateText
            required property string text
            Layout.fillWidth: true
            spacing: 4
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: overrideRow.dateText
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: overrideRow.text
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    color: Theme.calendarMutedText
                }
            }
            ToolButton {
                objectName: "removeOverride_" + overrideRow.overrideIndex
                text: "✕"
                Accessible.name: qsTr("Remove the override on %1").arg(overrideRow.dateText)
                onClicked: panel.controller.editor.removeOverride(overrideRow.overrideIndex)
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 6
        rowSpacing: 0
        TextField {
            id: overrideDate
            objectName: "overrideDateField"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            placeholderText: qsTr("Date (YYYY-MM-DD)")
            Accessible.name: qsTr("Date of the override")
            inputMethodHints: Qt.ImhDate
        }
        TextField {
            id: overrideStart
            objectName: "overrideStartField"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            placeholderText: qsTr("From 10:00")
            Accessible.name: qsTr("From")
            enabled: !overrideClosed.checked
        }
        TextField {
            id: overrideEnd
            objectName: "overrideEndField"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            placeholderText: qsTr("To 13:00")
            Accessible.name: qsTr("To")
            enabled: !overrideClosed.checked
        }
        CheckBox {
            id: overrideClosed
            objectName: "overrideClosedBox"
            Layout.fillWidth: true
            text: qsTr("Closed")
        }
        Button {
            objectName: "addOverrideButton"
            // No elevation: the software renderer drops elevated backgrounds entirely.
            Material.elevation: 0
            Layout.alignment: Qt.AlignRight
            text: qsTr("Add")
            enabled: overrideDate.text.length === 10
            onClicked: {
                const start = overrideClosed.checked ? 0 : panel.controller.editor.parseMinute(overrideStart.text)
                const end = overrideClosed.checked ? 0 : panel.controller.editor.parseMinute(overrideEnd.text)
                if (start < 0 || end < 0) {
                    overrideHint.text = qsTr("Enter times as HH:MM.")
                    return
                }
                overrideHint.text = ""
                if (panel.controller.editor.addOverrideText(overrideDate.text, start, end)) {
                    overrideDate.text = ""
                    overrideStart.text = ""
                    overrideEnd.text = ""
                }
            }
        }
    }
    Label {
        id: overrideHint
        visible: text.length > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.danger
    }
}
