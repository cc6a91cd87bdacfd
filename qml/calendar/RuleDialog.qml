pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Weekly hours by keyboard. Adding: the same hours on one or several days at once (one
// edit, one undo). Editing a block: its weekday, from, to; or delete it.
Dialog {
    id: dialog
    // Takes the keyboard focus when open, so Escape closes it and Tab stays inside.
    focus: true

    required property CalendarController controller
    property int ruleIndex: -1
    // Adding: which weekdays (0 = Monday) get the hours.
    property var checkedDays: [false, false, false, false, false, false, false]
    readonly property var shortDays: [qsTr("Mon"), qsTr("Tue"), qsTr("Wed"), qsTr("Thu"), qsTr("Fri"),
                                      qsTr("Sat"), qsTr("Sun")]
    // Why Save did not save, under the times: the form's own check or the editor's refusal.
    property string error: ""

    // day < 0 or startMinute < 0: nothing chosen yet (a new block starts empty, not with
    // hours that look typed in).
    function open(index, day, startMinute, endMinute) {
        ruleIndex = index
        const days = [false, false, false, false, false, false, false]
        if (day >= 0)
            days[day] = true
        checkedDays = days
        dayBox.currentIndex = Math.max(0, day)
        fromField.text = startMinute >= 0 ? controller.editor.minuteText(startMinute) : ""
        toField.text = endMinute >= 0 ? controller.editor.minuteText(endMinute) : ""
        dialog.error = ""
        controller.editor.clearFieldError()
        visible = true
    }

    function toggleDay(day) {
        const days = checkedDays.slice()
        days[day] = !days[day]
        checkedDays = days
        dialog.error = ""
    }

    function setDays(list) {
        const days = [false, false, false, false, false, false, false]
        for (const day of list)
            days[day] = true
        checkedDays = days
        dialog.error = ""
    }

    objectName: "ruleDialog"
    title: ruleIndex >= 0 ? qsTr("Weekly hours") : qsTr("Add weekly hours")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 380
    // Keyboard first: the first day (or the weekday) is focused on opening, Enter in a time field saves.
    onOpened: {
        if (dialog.ruleIndex >= 0) {
            dayBox.forceActiveFocus(Qt.TabFocusReason)
            return
        }
        const monday = dayRepeater.itemAt(0)
        if (monday)
            monday.forceActiveFocus(Qt.TabFocusReason)
    }

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
        rowSpacing: 6
        Label { text: dialog.ruleIndex >= 0 ? qsTr("Day") : qsTr("Days") }
        ComboBox {
            id: dayBox
            objectName: "ruleDayBox"
            visible: dialog.ruleIndex >= 0
            Layout.fillWidth: true
            Accessible.name: qsTr("Day")
            model: [qsTr("Monday"), qsTr("Tuesday"), qsTr("Wednesday"), qsTr("Thursday"), qsTr("Friday"),
                    qsTr("Saturday"), qsTr("Sunday")]
        }
        ColumnLayout {
            visible: dialog.ruleIndex < 0
            Layout.fillWidth: true
            spacing: 2
            Row {
                spacing: 2
                Repeater {
                    id: dayRepeater
                    model: 7
                    delegate: Button {
                        id: dayButton
                        required property int index
                        objectName: "ruleDay_" + dayButton.index
                        width: 38
                        padding: 0
                        flat: !checked
                        checkable: true
                        checked: dialog.checkedDays[dayButton.index]
                        // No elevation: the software renderer drops elevated backgrounds entirely.
                        Material.elevation: 0
                        text: dialog.shortDays[dayButton.index]
                        font.pixelSize: 12
                        Accessible.name: [qsTr("Monday"), qsTr("Tuesday"), qsTr("Wednesday"), qsTr("Thursday"),
                                          qsTr("Friday"), qsTr("Saturday"), qsTr("Sunday")][dayButton.index]
                        onClicked: dialog.toggleDay(dayButton.index)
                    }
                }
            }
            Row {
                spacing: 4
                Button {
                    objectName: "ruleWeekdays"
                    flat: true
                    text: qsTr("Mon–Fri")
                    font.pixelSize: 12
                    onClicked: dialog.setDays([0, 1, 2, 3, 4])
                }
                Button {
                    objectName: "ruleEveryDay"
                    flat: true
                    text: qsTr("Every day")
                    font.pixelSize: 12
                    onClicked: dialog.setDays([0, 1, 2, 3, 4, 5, 6])
                }
            }
        }
        Label { text: qsTr("From") }
        TextField {
            id: fromField
            objectName: "ruleFromField"
            Layout.fillWidth: true
            placeholderText: qsTr("HH:MM")
            validator: RegularExpressionValidator { regularExpression: /^[0-9]{0,2}:?[0-9]{0,2}$/ }
            Accessible.name: qsTr("From")
            Accessible.description: qsTr("Start time, HH:MM")
            onTextEdited: dialog.error = ""
            onAccepted: dialog.save()
        }
        Label { text: qsTr("To") }
        TextField {
            id: toField
            objectName: "ruleToField"
            Layout.fillWidth: true
            placeholderText: qsTr("HH:MM")
            validator: RegularExpressionValidator { regularExpression: /^[0-9]{0,2}:?[0-9]{0,2}$/ }
            Accessible.name: qsTr("To")
            Accessible.description: qsTr("End time, HH:MM; before the start it ends on the next day")
            onTextEdited: dialog.error = ""
            onAccepted: dialog.save()
        }
        Label {
            objectName: "ruleHint"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.error.length > 0
            text: dialog.error
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
        const days = []
        for (let d = 0; d < 7; ++d) {
            if (checkedDays[d])
                days.push(d + 1)
        }
        if (ruleIndex < 0 && days.length === 0) {
            dialog.error = qsTr("Pick at least one day.")
            return
        }
        if (start < 0 || end < 0 || end <= start) {
            dialog.error = ruleIndex < 0 ? qsTr("Enter times as HH:MM; an end before the start ends on the next day.")
                                      : qsTr("Enter times as HH:MM, the end after the start.")
            return
        }
        dialog.error = ""
        const ok = ruleIndex >= 0 ? controller.editor.changeRule(ruleIndex, dayBox.currentIndex + 1, start, end)
                                  : controller.editor.addRuleToDays(days, start, end)
        // Refused: the reason shows here, under the times, and the dialog stays open.
        if (ok)
            close()
        else
            dialog.error = controller.editor.fieldErrorFor === "rule" ? controller.editor.fieldError
                                                                      : controller.editor.editError
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
