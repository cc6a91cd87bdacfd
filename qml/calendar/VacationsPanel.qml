pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Vacations: whole days off, both dates included. Errors show under the dates; a vacation
// over booked sessions warns and names them before it saves.
ColumnLayout {
    id: panel

    required property CalendarController controller
    property var impact: ({})
    property string dateError: ""
    spacing: 8

    function clearChecks() {
        impact = {}
        dateError = ""
    }

    function submit(confirmed) {
        const editor = controller.editor
        const first = blockFirst.text.trim()
        const last = blockLast.text.trim()
        const iso = /^\d{4}-\d{2}-\d{2}$/
        dateError = iso.test(first) && iso.test(last) ? "" : qsTr("Pick both days, or type them as YYYY-MM-DD.")
        if (dateError.length > 0)
            return false
        if (!confirmed) {
            const found = editor.blockImpact(first, last)
            if (found.count > 0) {
                impact = found
                return false
            }
        }
        impact = {}
        if (!editor.addBlockText(first, last, blockReason.text)) {
            dateError = editor.fieldErrorFor === "block" ? editor.fieldError : editor.editError
            return false
        }
        blockFirst.text = ""
        blockLast.text = ""
        blockReason.text = ""
        return true
    }

    // Named by the side panel's tab.
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        color: Theme.calendarMutedText
        text: qsTr("Whole days off, both dates included.")
    }
    Label {
        text: qsTr("First day")
        font.pixelSize: 12
        color: Theme.calendarMutedText
    }
    DateField {
        id: blockFirst
        objectName: "blockFirstField"
        Layout.fillWidth: true
        fillInput: true
        accessibleName: qsTr("First day of the vacation")
        referenceIso: panel.controller.navigator.visibleIso
        onEdited: {
            panel.clearChecks()
            // One day off is the usual case: the last day follows the first until changed.
            if (blockLast.text.length === 0 && /^\d{4}-\d{2}-\d{2}$/.test(blockFirst.text))
                blockLast.text = blockFirst.text
        }
    }
    Label {
        text: qsTr("Last day")
        font.pixelSize: 12
        color: Theme.calendarMutedText
    }
    DateField {
        id: blockLast
        objectName: "blockLastField"
        Layout.fillWidth: true
        fillInput: true
        accessibleName: qsTr("Last day of the vacation")
        referenceIso: panel.controller.navigator.visibleIso
        onEdited: panel.clearChecks()
    }
    Label {
        objectName: "blockDateError"
        visible: text.length > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        color: Theme.danger
        text: panel.dateError
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: blockReason
            objectName: "blockReasonField"
            Layout.fillWidth: true
            placeholderText: qsTr("Reason (optional)")
            Accessible.name: qsTr("Reason for the vacation")
        }
        Button {
            objectName: "addBlockButton"
            // No elevation: the software renderer drops elevated backgrounds entirely.
            Material.elevation: 0
            text: qsTr("Add")
            enabled: panel.impact.count === undefined
            onClicked: panel.submit(false)
        }
    }
    BookedWarning {
        objectName: "blockWarning"
        Layout.fillWidth: true
        impact: panel.impact
        message: qsTr("A vacation does not cancel them.")
        confirmText: qsTr("Add anyway")
        onConfirmed: panel.submit(true)
        onCancelled: panel.impact = {}
    }
    // What is set already, below the form (the form stays in view in a small window).
    MenuSeparator {
        Layout.fillWidth: true
        visible: panel.controller.editor.blocks.count > 0
    }
    Repeater {
        model: panel.controller.editor.blocks
        delegate: RowLayout {
            id: blockRow
            required property int blockIndex
            required property string text
            required property string reason
            Layout.fillWidth: true
            spacing: 4
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: blockRow.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: blockRow.reason.length > 0
                    text: blockRow.reason
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    color: Theme.calendarMutedText
                }
            }
            ToolButton {
                objectName: "removeBlock_" + blockRow.blockIndex
                text: "✕"
                Accessible.name: qsTr("Remove the vacation %1").arg(blockRow.text)
                onClicked: panel.controller.editor.removeBlock(blockRow.blockIndex)
            }
        }
    }
}
