pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A date typed as YYYY-MM-DD or picked from a month calendar (the button beside it).
RowLayout {
    id: field

    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property string accessibleName
    // The month the calendar opens on while nothing is typed, as YYYY-MM-DD (the date the
    // app shows, not the machine's: tests and screenshots pin the clock). "" = this month.
    property string referenceIso
    // The text part takes the row's spare width (in a narrow side panel) instead of 120 px.
    property bool fillInput: false
    readonly property bool picking: picker.opened
    // The calendar's month grid (tests pick a day through it).
    readonly property alias monthGrid: grid
    signal accepted()
    // Typed or picked: every change of the text, for forms that check as people type.
    signal edited()

    spacing: 2

    // From numbers, never from a Date: the month grid's dates reach QML as Dates at a
    // midnight that, read back in another zone, gives the day before or after.
    function isoOf(year, month, day) {
        const pad = n => (n < 10 ? "0" : "") + n
        return year + "-" + pad(month + 1) + "-" + pad(day)
    }

    function openPicker() {
        // The typed date's month, else the reference date's, else this month.
        const isoDate = /^(\d{4})-(\d{2})-\d{2}$/
        const parts = isoDate.exec(input.text) ?? isoDate.exec(field.referenceIso)
        const now = new Date()
        if (parts) {
            grid.year = parseInt(parts[1], 10)
            grid.month = parseInt(parts[2], 10) - 1
        } else {
            grid.year = now.getFullYear()
            grid.month = now.getMonth()
        }
        picker.open()
    }

    TextField {
        id: input

        objectName: "dateInput"
        Layout.preferredWidth: 120
        Layout.fillWidth: field.fillInput
        placeholderText: qsTr("YYYY-MM-DD")
        inputMethodHints: Qt.ImhDate
        Accessible.name: field.accessibleName
        onAccepted: field.accepted()
        onTextEdited: field.edited()
    }
    ToolButton {
        objectName: "datePickerButton"
        text: "▾"
        Accessible.name: qsTr("Pick %1 from a calendar").arg(field.accessibleName)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Pick from a calendar")
        onClicked: field.openPicker()
    }

    Popup {
        id: picker

        objectName: "datePicker"
        y: field.height
        // Kept inside the window, also for a field near its bottom edge.
        margins: 8
        padding: 8
        focus: true
        background: Rectangle {
            radius: 8
            color: Theme.card
            border.color: Theme.cardBorder
        }

        ColumnLayout {
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                ToolButton {
                    objectName: "datePickerPrevious"
                    text: "‹"
                    Accessible.name: qsTr("Previous month")
                    onClicked: {
                        if (grid.month === 0) {
                            grid.month = 11
                            grid.year -= 1
                        } else {
                            grid.month -= 1
                        }
                    }
                }
                Label {
                    objectName: "datePickerMonth"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: Qt.locale().standaloneMonthName(grid.month) + " " + grid.year
                    font.weight: Font.DemiBold
                }
                ToolButton {
                    objectName: "datePickerNext"
                    text: "›"
                    Accessible.name: qsTr("Next month")
                    onClicked: {
                        if (grid.month === 11) {
                            grid.month = 0
                            grid.year += 1
                        } else {
                            grid.month += 1
                        }
                    }
                }
            }
            DayOfWeekRow {
                Layout.fillWidth: true
            }
            MonthGrid {
                id: grid

                objectName: "datePickerGrid"
                Layout.preferredWidth: 260
                delegate: Label {
                    id: cell
                    required property int year
                    required property int month
                    required property int day
                    readonly property string iso: field.isoOf(cell.year, cell.month, cell.day)
                    objectName: "datePickerDay_" + cell.iso
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    text: cell.day
                    opacity: cell.month === grid.month ? 1 : 0.4
                    font.bold: cell.iso === input.text
                    color: cell.iso === input.text ? Theme.today : Material.foreground
                    background: Rectangle {
                        radius: 4
                        color: cell.iso === input.text ? Theme.todayFill : "transparent"
                    }
                    TapHandler {
                        onTapped: {
                            input.text = cell.iso
                            picker.close()
                            field.edited()
                            field.accepted()
                        }
                    }
                }
            }
        }
    }
}
