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
    // The month the calendar opens on while nothing is typed (the app's today, not the
    // machine's: tests and screenshots pin the clock). Invalid = the machine's today.
    property date referenceDate: new Date(NaN)
    // The text part takes the row's spare width (in a narrow side panel) instead of 120 px.
    property bool fillInput: false
    readonly property bool picking: picker.opened
    signal accepted()
    // Typed or picked: every change of the text, for forms that check as people type.
    signal edited()

    spacing: 2

    function openPicker() {
        // The typed date's month, else the reference date's, else this month.
        const parts = /^(\d{4})-(\d{2})-\d{2}$/.exec(input.text)
        const shown = parts ? new Date(parseInt(parts[1], 10), parseInt(parts[2], 10) - 1, 1)
                            : !isNaN(field.referenceDate.getTime()) ? field.referenceDate : new Date()
        grid.year = shown.getFullYear()
        grid.month = shown.getMonth()
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
                    required property var model
                    readonly property string iso: Qt.formatDate(cell.model.date, "yyyy-MM-dd")
                    objectName: "datePickerDay_" + cell.iso
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    text: cell.model.day
                    opacity: cell.model.month === grid.month ? 1 : 0.4
                    font.weight: cell.iso === input.text ? Font.Bold : Font.Normal
                    color: cell.iso === input.text ? Theme.today : Material.foreground
                    background: Rectangle {
                        radius: 4
                        color: cell.iso === input.text ? Theme.todayFill : "transparent"
                    }
                }
                onClicked: date => {
                    input.text = Qt.formatDate(date, "yyyy-MM-dd")
                    picker.close()
                    field.edited()
                    field.accepted()
                }
            }
        }
    }
}
