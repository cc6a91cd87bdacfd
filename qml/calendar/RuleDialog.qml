pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Edit one weekly block by keyboard: weekday, from, to; or delete it.
Dialog {
    id: dialog
    // Takes the keyboard focus when open, so Escape closes it and Tab stays inside.
    focus: true

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
    // Keyboard first: the day is focused on opening, Enter in a time field saves.
    onOpened: dayBox.forceActiveFocus(Qt.TabFocusReason)

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
            Accessible.name: qsTr("Day")
            model: [qsTr("Monday"), qsTr("Tuesday"), qsTr("Wednesday"), qsTr("Thursday"), qsTr("Friday"),
                    qsTr("Saturday"), qsTr("Sunday")]
        }
        Label { text: qsTr("From") }
        TextField {
            id: fromField
            objectName: "ruleFromField"
            Layout.fillWidth: true
            inputMask: "99:99"
            Accessible.name: qsTr("From")
            Accessible.description: qsTr("Start time, HH:MM")
            onAccepted: dialog.save()
        }
        Label { text: qsTr("To") }
        TextField {
            id: toField
            objectName: "ruleToField"
            Layout.fillWidth: true
            inputMask: "99:99"
            Accessible.name: qsTr("To")
            Accessible.description: qsTr("End time, HH:MM; before the start it ends on the next day")
            onAccepted: dialog.save()
        }
        Label {
            id: hint
            objectName: "ruleHint"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: Theme.danger
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
                Material.foreground: Theme.danger
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
            ActionButton {
                objectName: "ruleSaveButton"
                text: qsTr("Save")
                highlighted: true
                onClicked: dialog.save()
            }
        }
    }
}
