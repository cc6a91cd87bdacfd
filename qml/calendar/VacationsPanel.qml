pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Vacations: whole days off, both dates included.
ColumnLayout {
    id: panel

    required property CalendarController controller
    spacing: 8

    Label {
        text: qsTr("Vacations")
        font.weight: Font.DemiBold
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        color: Theme.calendarMutedText
        text: qsTr("Whole days off, both dates included.")
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
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 6
        rowSpacing: 0
        TextField {
            id: blockFirst
            objectName: "blockFirstField"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            placeholderText: qsTr("First day")
            Accessible.name: qsTr("First day of the vacation")
        }
        TextField {
            id: blockLast
            objectName: "blockLastField"
            Layout.fillWidth: true
            Layout.preferredWidth: 10
            placeholderText: qsTr("Last day")
            Accessible.name: qsTr("Last day of the vacation")
        }
        TextField {
            id: blockReason
            objectName: "blockReasonField"
            Layout.fillWidth: true
            placeholderText: qsTr("Reason")
            Accessible.name: qsTr("Reason for the vacation")
        }
        Button {
            objectName: "addBlockButton"
            // No elevation: the software renderer drops elevated backgrounds entirely.
            Material.elevation: 0
            text: qsTr("Add")
            enabled: blockFirst.text.length === 10 && blockLast.text.length === 10
            onClicked: {
                if (panel.controller.editor.addBlockText(blockFirst.text, blockLast.text, blockReason.text)) {
                    blockFirst.text = ""
                    blockLast.text = ""
                    blockReason.text = ""
                }
            }
        }
    }
}
