pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A date typed as YYYY-MM-DD or picked from a month calendar (the button beside it).
RowLayout {
    id: field

    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property string accessibleName
    signal accepted()

    spacing: 2

    TextField {
        id: input

        Layout.preferredWidth: 120
        placeholderText: qsTr("YYYY-MM-DD")
        inputMethodHints: Qt.ImhDate
        Accessible.name: field.accessibleName
        onAccepted: field.accepted()
    }
    ToolButton {
        objectName: "datePickerButton"
        text: "▾"
        Accessible.name: qsTr("Pick %1 from a calendar").arg(field.accessibleName)
        onClicked: {
            // The typed date's month, else this month.
            const parts = /^(\d{4})-(\d{2})-\d{2}$/.exec(input.text)
            const shown = parts ? new Date(parseInt(parts[1], 10), parseInt(parts[2], 10) - 1, 1) : new Date()
            grid.year = shown.getFullYear()
            grid.month = shown.getMonth()
            picker.open()
        }
    }

    Popup {
        id: picker

        y: field.height
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
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: Qt.locale().standaloneMonthName(grid.month) + " " + grid.year
                    font.weight: Font.DemiBold
                }
                ToolButton {
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
                onClicked: date => {
                    input.text = Qt.formatDate(date, "yyyy-MM-dd")
                    picker.close()
                    field.accepted()
                }
            }
        }
    }
}
