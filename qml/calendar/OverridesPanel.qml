pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Date overrides: the hours of one date instead of the weekly ones, or the date closed.
// Every error shows under the field it is about; closing a date (or hours that leave booked
// sessions outside) warns and names the sessions before it saves.
ColumnLayout {
    id: panel

    required property CalendarController controller
    // The booked sessions the pending override would leave outside ({} = none or not asked).
    property var impact: ({})
    property string dateError: ""
    property string timeError: ""
    spacing: 8

    function clearChecks() {
        impact = {}
        dateError = ""
        timeError = ""
    }

    // Checks the form; with nothing booked in the way (or confirmed) saves it.
    function submit(confirmed) {
        const editor = controller.editor
        const iso = overrideDate.text.trim()
        dateError = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? "" : qsTr("Pick a date, or type it as YYYY-MM-DD.")
        const start = overrideClosed.checked ? 0 : editor.parseMinute(overrideStart.text)
        const end = overrideClosed.checked ? 0 : editor.parseMinute(overrideEnd.text)
        timeError = start < 0 || end < 0 ? qsTr("Enter both times as HH:MM, or tick Closed.") : ""
        if (dateError.length > 0 || timeError.length > 0)
            return false
        if (!confirmed) {
            const found = editor.overrideImpact(iso, start, end)
            if (found.count > 0) {
                impact = found
                return false
            }
        }
        impact = {}
        if (!editor.addOverrideText(iso, start, end)) {
            // The editor's reason (a date that does not exist, too short): under the fields.
            dateError = editor.fieldErrorFor === "override" ? editor.fieldError : editor.editError
            return false
        }
        overrideDate.text = ""
        overrideStart.text = ""
        overrideEnd.text = ""
        overrideClosed.checked = false
        return true
    }

    // Named by the side panel's tab.
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        color: Theme.calendarMutedText
        text: qsTr("Replace the weekly hours on one date, or close it.")
    }

    Label {
        text: qsTr("Date")
        font.pixelSize: 12
        color: Theme.calendarMutedText
    }
    DateField {
        id: overrideDate
        objectName: "overrideDateField"
        Layout.fillWidth: true
        fillInput: true
        accessibleName: qsTr("Date of the override")
        referenceIso: panel.controller.navigator.visibleIso
        onEdited: panel.clearChecks()
    }
    Label {
        objectName: "overrideDateError"
        visible: text.length > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        color: Theme.danger
        text: panel.dateError
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 6
        rowSpacing: 0
        Label {
            text: qsTr("From")
            font.pixelSize: 12
            color: Theme.calendarMutedText
        }
        Label {
            text: qsTr("To")
            font.pixelSize: 12
            color: Theme.calendarMutedText
        }
        TextField {
            id: overrideStart
            objectName: "overrideStartField"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            // A format, not a time: it cannot be taken for a value already there.
            placeholderText: qsTr("HH:MM")
            Accessible.name: qsTr("From")
            enabled: !overrideClosed.checked
            onTextEdited: panel.clearChecks()
        }
        TextField {
            id: overrideEnd
            objectName: "overrideEndField"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            placeholderText: qsTr("HH:MM")
            Accessible.name: qsTr("To")
            enabled: !overrideClosed.checked
            onTextEdited: panel.clearChecks()
        }
    }
    Label {
        objectName: "overrideTimeError"
        visible: text.length > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        color: Theme.danger
        text: panel.timeError
    }
    RowLayout {
        Layout.fillWidth: true
        CheckBox {
            id: overrideClosed
            objectName: "overrideClosedBox"
            Layout.fillWidth: true
            text: qsTr("Closed all day")
            onToggled: panel.clearChecks()
        }
        Button {
            objectName: "addOverrideButton"
            // No elevation: the software renderer drops elevated backgrounds entirely.
            Material.elevation: 0
            text: qsTr("Add")
            enabled: panel.impact.count === undefined
            onClicked: panel.submit(false)
        }
    }

    // Booked sessions in the way: named, and saved only when confirmed.
    BookedWarning {
        objectName: "overrideWarning"
        Layout.fillWidth: true
        impact: panel.impact
        message: overrideClosed.checked ? qsTr("Closing this date does not cancel them.")
                                        : qsTr("These hours leave them outside; they are not cancelled.")
        confirmText: overrideClosed.checked ? qsTr("Close anyway") : qsTr("Save anyway")
        onConfirmed: panel.submit(true)
        onCancelled: panel.impact = {}
    }
    // What is set already, below the form (the form stays in view in a small window).
    MenuSeparator {
        Layout.fillWidth: true
        visible: panel.controller.editor.overrides.count > 0
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
                    // Several ranges wrap rather than end in "…".
                    wrapMode: Text.Wrap
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
}
