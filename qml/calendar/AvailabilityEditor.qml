pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The availability editor: the weekly hours on a grid (TemplateGrid), beside it the date
// overrides and vacations. Every change is one edit queued in the outbox.
RowLayout {
    id: root

    required property CalendarController controller
    readonly property alias selectedRule: grid.selectedRule
    readonly property alias ruleDialog: ruleDialog
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
        Layout.preferredWidth: Math.min(320, root.width * 0.3)
        Layout.fillHeight: true
        radius: 8
        color: Theme.panel
        border.color: Theme.panelBorder

        Flickable {
            anchors.fill: parent
            anchors.margins: 12
            contentHeight: side.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }

            ColumnLayout {
                id: side
                width: parent.width
                spacing: 8

                // Drawn by ActionButton: Material's highlighted button puts white text on the dark
                // theme's light accent (1.9:1).
                ActionButton {
                    objectName: "addRuleButton"
                    Layout.fillWidth: true
                    text: qsTr("Add weekly hours…")
                    highlighted: true
                    onClicked: ruleDialog.open(-1, 0, 9 * 60, 12 * 60)
                }

                MenuSeparator { Layout.fillWidth: true }

                OverridesPanel {
                    Layout.fillWidth: true
                    controller: root.controller
                }

                MenuSeparator { Layout.fillWidth: true }

                VacationsPanel {
                    Layout.fillWidth: true
                    controller: root.controller
                }
            }
        }
    }

    RuleDialog {
        id: ruleDialog
        controller: root.controller
        onClosed: grid.selectedRule = -1
    }
}
