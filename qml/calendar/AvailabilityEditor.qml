pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The availability editor: the weekly hours on a grid (TemplateGrid), beside it the date
// overrides and vacations (a tab each, so neither hides below the other in a small
// window). Every change is one edit queued in the outbox; a delete can be undone from the
// bar that floats over the grid (it never pushes the layout).
Item {
    id: root

    required property CalendarController controller
    readonly property alias selectedRule: grid.selectedRule
    readonly property alias ruleDialog: ruleDialog
    // Which form the side panel shows: 0 date overrides, 1 vacations.
    property alias sideTab: sideTabs.currentIndex

    RowLayout {
        anchors.fill: parent
        spacing: 12

        TemplateGrid {
            id: grid
            objectName: "templateGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            controller: root.controller
            ruleDialog: ruleDialog
        }

        // Overrides and vacations.
        Rectangle {
            // Narrower in the smallest window, so the week keeps its room.
            Layout.preferredWidth: Math.max(root.width < 600 ? 220 : 250, Math.min(320, root.width * 0.3))
            Layout.fillHeight: true
            radius: 8
            color: Theme.panel
            border.color: Theme.panelBorder

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 8

                // Drawn by ActionButton: Material's highlighted button puts white text on the dark
                // theme's light accent (1.9:1).
                ActionButton {
                    objectName: "addRuleButton"
                    Layout.fillWidth: true
                    text: qsTr("Add weekly hours…")
                    highlighted: true
                    onClicked: ruleDialog.open(-1, -1, -1, -1)
                }

                TabBar {
                    id: sideTabs
                    objectName: "editorSideTabs"
                    Layout.fillWidth: true
                    background: null
                    // Mixed case and tight: both names fit the narrow panel of a small window.
                    TabButton {
                        objectName: "tab_overrides"
                        text: sideTabs.width < 240 ? qsTr("Dates") : qsTr("Date overrides")
                        font.pixelSize: 13
                        font.capitalization: Font.MixedCase
                        leftPadding: 4
                        rightPadding: 4
                    }
                    TabButton {
                        objectName: "tab_vacations"
                        text: qsTr("Vacations") + (root.controller.editor.blocks.count > 0
                                                   ? " (" + root.controller.editor.blocks.count + ")" : "")
                        font.pixelSize: 13
                        font.capitalization: Font.MixedCase
                        leftPadding: 4
                        rightPadding: 4
                    }
                }

                Flickable {
                    id: sideFlick
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // The tab shown, not the taller of the two (a StackLayout's implicit height).
                    contentHeight: sideTabs.currentIndex === 0 ? overridesPanel.implicitHeight
                                                               : vacationsPanel.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    readonly property bool overflows: sideFlick.contentHeight > sideFlick.height
                    // Shown while the form is taller than the panel, so the rest is known to be there.
                    ScrollBar.vertical: ScrollBar {
                        visible: sideFlick.overflows
                        policy: ScrollBar.AlwaysOn
                    }

                    StackLayout {
                        id: sideStack
                        // Beside the scroll bar, not under it (always the same room: a width
                        // that depended on the overflow would feed back into the height).
                        width: sideFlick.width - 14
                        currentIndex: sideTabs.currentIndex
                        height: sideFlick.contentHeight
                        OverridesPanel {
                            id: overridesPanel
                            controller: root.controller
                        }
                        VacationsPanel {
                            id: vacationsPanel
                            controller: root.controller
                        }
                    }
                }
            }
        }
    }

    // Undo: after a delete or a multi-day add, over the bottom of the grid.
    Rectangle {
        id: undoBar
        objectName: "undoBar"
        readonly property string text: root.controller.editor.undoText
        visible: undoBar.text.length > 0
        // Centred under the grid (the RowLayout fills this item, so their x agree).
        x: grid.x + (grid.width - width) / 2
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 16
        width: Math.min(grid.width - 24, undoRow.implicitWidth + 24)
        height: undoRow.implicitHeight + 12
        radius: 6
        z: 10
        color: Theme.dark ? "#e0e4e6" : "#2b3134"
        Accessible.role: Accessible.AlertMessage
        Accessible.name: undoBar.text
        RowLayout {
            id: undoRow
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 6
            spacing: 8
            Label {
                objectName: "undoText"
                Layout.fillWidth: true
                text: undoBar.text
                elide: Text.ElideRight
                color: Theme.dark ? "#1d2427" : "#f1f4f5"
            }
            Button {
                objectName: "undoButton"
                flat: true
                text: qsTr("Undo")
                Material.foreground: Theme.dark ? "#00695c" : "#80cbc4"
                onClicked: root.controller.editor.undo()
            }
            ToolButton {
                text: "✕"
                Accessible.name: qsTr("Dismiss")
                Material.foreground: Theme.dark ? "#1d2427" : "#f1f4f5"
                onClicked: root.controller.editor.dismissUndo()
            }
        }
        // Long enough to notice and reach; any other edit ends it earlier.
        onTextChanged: if (undoBar.text.length > 0) undoTimer.restart()
        Timer {
            id: undoTimer
            interval: 12000
            onTriggered: root.controller.editor.dismissUndo()
        }
    }

    // A drag on the grid that was refused: said over the grid's top edge, where the hands are.
    Rectangle {
        id: gridError
        objectName: "gridError"
        readonly property string text: root.controller.editor.fieldErrorFor === "rule" && !ruleDialog.visible
                                       ? root.controller.editor.fieldError : ""
        visible: gridError.text.length > 0
        x: grid.x + (grid.width - width) / 2
        y: 52
        z: 10
        width: Math.min(grid.width - 24, gridErrorRow.implicitWidth + 20)
        height: gridErrorRow.implicitHeight + 8
        radius: 6
        color: Theme.vacation
        border.color: Theme.vacationText
        RowLayout {
            id: gridErrorRow
            anchors.fill: parent
            anchors.leftMargin: 10
            anchors.rightMargin: 4
            Label {
                Layout.fillWidth: true
                text: gridError.text
                elide: Text.ElideRight
                color: Theme.vacationText
            }
            ToolButton {
                text: "✕"
                Accessible.name: qsTr("Dismiss")
                onClicked: root.controller.editor.clearFieldError()
            }
        }
    }

    RuleDialog {
        id: ruleDialog
        controller: root.controller
        onClosed: grid.selectedRule = -1
    }
}
