pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App

// Edit one weekly block by keyboard: weekday, from, to; or delete it.
Dialog {
    id: dialog

    required property CalendarController controller
    property int ruleIndex: -1

    function open(index, day, startMinute, endMinute) {
        ruleIndex = index
        dayBox.currentIndex = day
        fromField.text = controller.editor.minuteText(startMinute)
        toField.text = controller.editor.minuteText(endMinute)
        hint.text = ""
        visible = true
    }

    objectName: "ruleDialog"
    title: ruleIndex >= 0 ? qsTr("Weekly hours") : qsTr("Add weekly hours")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 340

    // The software renderer draws no Material elevation, and with it no dialog background.
    background: Rectangle {
        radius: 6
        color: dialog.Material.dialogColor
        border.color: dialog.Material.dividerColor
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        Label { text: qsTr("Day") }
        ComboBox {
            id: dayBox
            objectName: "ruleDayBox"
            Layout.fillWidth: true
            model: [qsTr("Monday"), qsTr("Tuesday"), qsTr("Wednesday"), qsTr("Thursday"), qsTr("Friday"),
                    qsTr("Saturday"), qsTr("Sunday")]
        }
        Label { text: qsTr("From") }
        TextField {
            id: fromField
            objectName: "ruleFromField"
            Layout.fillWidth: true
            inputMask: "99:99"
        }
        Label { text: qsTr("To") }
        TextField {
            id: toField
            objectName: "ruleToField"
            Layout.fillWidth: true
            inputMask: "99:99"
        }
        Label {
            id: hint
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: "#d32f2f"
        }
    }

    function save() {
        const start = controller.editor.parseMinute(fromField.text)
        let end = controller.editor.parseMinute(toField.text)
        // A new block may run past midnight: "22:00" to "02:00" ends on the next day.
        const overnight = ruleIndex < 0 && end >= 0 && end < start && start < 1440
        if (overnight)
            end += 1440
        if (start < 0 || end < 0 || end <= start) {
            hint.text = ruleIndex < 0 ? qsTr("Enter times as HH:MM; an end before the start ends on the next day.")
                                      : qsTr("Enter times as HH:MM, the end after the start.")
            return
        }
        if (ruleIndex >= 0)
            controller.editor.changeRule(ruleIndex, dayBox.currentIndex + 1, start, end)
        else
            controller.editor.addRule(dayBox.currentIndex + 1, start, end)
        close()
    }

    footer: Pane {
        background: null
        RowLayout {
            anchors.fill: parent
            spacing: 8
            Button {
                objectName: "ruleDeleteButton"
                visible: dialog.ruleIndex >= 0
                text: qsTr("Delete")
                flat: true
                Material.foreground: Material.color(Material.Red)
                onClicked: {
                    dialog.controller.editor.removeRule(dialog.ruleIndex)
                    dialog.close()
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            Button {
                objectName: "ruleSaveButton"
                // No elevation: the software renderer drops elevated backgrounds entirely.
                Material.elevation: 0
                text: qsTr("Save")
                highlighted: true
                onClicked: dialog.save()
            }
        }
    }
}
