pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The weekly template editor: drag on an empty part of a day to create a block (on into the
// next day for a night range such as 22:00-02:00), drag a block to move it (also to another day), drag its top or bottom edge to resize it,
// click it to edit its times or delete it (or select it and press Delete). Beside it:
// date overrides and vacations. Every change is one edit queued in the outbox.
RowLayout {
    id: root

    required property CalendarController controller
    property int selectedRule: -1
    readonly property alias ruleDialog: ruleDialog
    spacing: 12

    function snap(minute) { return Math.round(minute / 15) * 15 }

    TimeGrid {
        id: grid
        objectName: "templateGrid"
        Layout.fillWidth: true
        Layout.fillHeight: true
        headers: [{ weekday: qsTr("Mon") }, { weekday: qsTr("Tue") }, { weekday: qsTr("Wed") },
                  { weekday: qsTr("Thu") }, { weekday: qsTr("Fri") }, { weekday: qsTr("Sat") },
                  { weekday: qsTr("Sun") }]
        focus: true
        Keys.onDeletePressed: {
            if (root.selectedRule >= 0) {
                root.controller.editor.removeRule(root.selectedRule)
                root.selectedRule = -1
            }
        }

        // Drag on empty grid space: create. Dragging on into the next day's column makes a
        // night range (22:00 to 02:00): toDay is then day + 1 and the end is on that day.
        MouseArea {
            id: creator
            objectName: "templateCreateArea"
            anchors.fill: parent
            preventStealing: true
            property int day: -1
            property int toDay: -1
            property int fromMinute: 0
            property int toMinute: 0
            readonly property bool overnight: creator.toDay === creator.day + 1
            // In minutes from the start day's midnight; past 1440 when overnight.
            readonly property int startMinute: creator.overnight ? creator.fromMinute : Math.min(creator.fromMinute, creator.toMinute)
            readonly property int endMinute: creator.overnight ? 1440 + creator.toMinute : Math.max(creator.fromMinute, creator.toMinute)
            onPressed: mouse => {
                grid.forceActiveFocus()
                root.selectedRule = -1
                day = grid.columnAt(mouse.x)
                toDay = day
                fromMinute = root.snap(grid.minuteAt(mouse.y))
                toMinute = fromMinute
            }
            // Where the pointer is in the visible part of the grid, to scroll while it rests
            // near an edge: a night range needs both the evening and the morning.
            property real viewX: 0
            property real viewY: 0
            readonly property int edge: creator.day < 0 ? 0
                                        : creator.viewY < 28 ? -1
                                        : creator.viewY > grid.flickable.height - 28 ? 1 : 0
            function follow(x, y) {
                toDay = grid.columnAt(x)
                toMinute = root.snap(grid.minuteAt(y))
                viewX = x
                viewY = y - grid.flickable.contentY
            }
            onPositionChanged: mouse => follow(mouse.x, mouse.y)
            onReleased: mouse => {
                follow(mouse.x, mouse.y)
                if (endMinute - startMinute >= 15)
                    root.controller.editor.addRule(day + 1, startMinute, endMinute)
                day = -1
                toDay = -1
            }
            onCanceled: {
                day = -1
                toDay = -1
            }
        }

        Timer {
            interval: 30
            repeat: true
            running: creator.edge !== 0
            onTriggered: {
                const flick = grid.flickable
                const contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, flick.contentY + creator.edge * 12))
                if (contentY === flick.contentY)
                    return
                flick.contentY = contentY
                creator.follow(creator.viewX, creator.viewY + contentY)
            }
        }

        Repeater {
            // The ghost of the block being drawn: one piece, or two for a night range.
            model: creator.overnight ? 2 : 1
            delegate: Rectangle {
                id: ghost
                required property int index
                readonly property int column: creator.day + ghost.index
                readonly property int from: ghost.index === 0 ? creator.startMinute : 0
                readonly property int to: creator.overnight ? (ghost.index === 0 ? 1440 : creator.endMinute - 1440) : creator.endMinute
                objectName: ghost.index === 0 ? "templateGhost" : "templateGhostNextDay"
                visible: creator.day >= 0 && creator.endMinute !== creator.startMinute
                x: grid.columnX(ghost.column) + 3
                y: grid.minuteY(ghost.from)
                width: grid.columnWidth - 6
                height: grid.minuteY(Math.max(0, ghost.to - ghost.from))
                radius: 5
                color: Theme.rule
                opacity: 0.7
                border.color: Theme.ruleBorder
                z: 3
                Label {
                    x: 5
                    y: 2
                    text: root.controller.editor.minuteText(creator.startMinute % 1440) + "–"
                          + root.controller.editor.minuteText(creator.endMinute > 1440 ? creator.endMinute - 1440 : creator.endMinute)
                    font.pixelSize: 11
                    color: Theme.ruleText
                }
            }
        }

        Repeater {
            model: root.controller.templateModel
            delegate: Rectangle {
                id: block

                required property int day
                required property int startMinute
                required property int endMinute
                required property int column
                required property int columnCount
                required property int ruleIndex
                required property string timeRange
                required property bool continuesBefore
                required property bool continuesAfter

                // While dragging: the preview of where the block goes.
                property int dragDay: block.day
                property int dragStart: block.startMinute
                property int dragEnd: block.endMinute
                property bool dragging: false
                readonly property real slotWidth: (grid.columnWidth - 6) / block.columnCount

                objectName: "ruleBlock_" + block.ruleIndex
                activeFocusOnTab: true
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Weekly hours %1, %2").arg(grid.headers[block.day].weekday).arg(block.timeRange)
                Keys.onReturnPressed: ruleDialog.open(block.ruleIndex, block.day, block.startMinute, block.endMinute)
                Keys.onSpacePressed: ruleDialog.open(block.ruleIndex, block.day, block.startMinute, block.endMinute)
                Keys.onDeletePressed: root.controller.editor.removeRule(block.ruleIndex)
                x: grid.columnX(block.dragDay) + 3 + (block.dragging ? 0 : block.column * block.slotWidth)
                y: grid.minuteY(block.dragStart)
                width: (block.dragging ? grid.columnWidth - 6 : block.slotWidth) - 2
                height: grid.minuteY(block.dragEnd - block.dragStart)
                z: block.dragging ? 4 : 2
                radius: 5
                color: Theme.rule
                border.color: Theme.ruleBorder
                border.width: root.selectedRule === block.ruleIndex || block.activeFocus ? 3 : 1

                // A night range is one block across midnight: square, borderless ends where it
                // continues into the other day (Qt 6.4's Rectangle has one radius for all corners).
                Repeater {
                    model: [block.continuesBefore && !block.dragging, block.continuesAfter && !block.dragging]
                    delegate: Rectangle {
                        required property bool modelData
                        required property int index
                        visible: modelData
                        x: 1
                        y: index === 0 ? 0 : block.height - height
                        width: block.width - 2
                        height: Math.min(block.radius + 1, block.height / 2)
                        color: block.color
                    }
                }

                Label {
                    x: 6
                    y: 3
                    width: parent.width - 10
                    readonly property string range: block.dragging || !(block.continuesBefore || block.continuesAfter)
                                                    ? root.controller.editor.minuteText(block.dragStart) + "–" + root.controller.editor.minuteText(block.dragEnd)
                                                    : block.timeRange
                    text: block.width < 84 ? range.replace("–", "–\n") : range
                    elide: Text.ElideRight
                    maximumLineCount: block.height > 34 ? 2 : 1
                    font.pixelSize: 12
                    font.weight: Font.DemiBold
                    color: Theme.ruleText
                }

                // Move (the body).
                MouseArea {
                    id: mover
                    objectName: "ruleMove_" + block.ruleIndex
                    anchors.fill: parent
                    anchors.topMargin: 7
                    anchors.bottomMargin: 7
                    preventStealing: true
                    cursorShape: block.dragging ? Qt.ClosedHandCursor : Qt.OpenHandCursor
                    property point origin
                    property bool moved: false
                    onPressed: mouse => {
                        grid.forceActiveFocus()
                        origin = mapToItem(grid.canvas, mouse.x, mouse.y)
                        moved = false
                    }
                    onPositionChanged: mouse => {
                        const p = mapToItem(grid.canvas, mouse.x, mouse.y)
                        const deltaMinutes = root.snap((p.y - origin.y) * 60 / grid.hourHeight)
                        const length = block.endMinute - block.startMinute
                        const start = Math.max(0, Math.min(1440 - length, block.startMinute + deltaMinutes))
                        const day = grid.columnAt(p.x)
                        if (!moved && Math.abs(p.y - origin.y) < 4 && day === block.day)
                            return
                        moved = true
                        block.dragging = true
                        block.dragDay = day
                        block.dragStart = start
                        block.dragEnd = start + length
                    }
                    onReleased: {
                        if (moved)
                            root.controller.editor.changeRule(block.ruleIndex, block.dragDay + 1, block.dragStart, block.dragEnd)
                        else {
                            root.selectedRule = block.ruleIndex
                            ruleDialog.open(block.ruleIndex, block.day, block.startMinute, block.endMinute)
                        }
                        block.dragging = false
                        block.dragDay = Qt.binding(() => block.day)
                        block.dragStart = Qt.binding(() => block.startMinute)
                        block.dragEnd = Qt.binding(() => block.endMinute)
                    }
                }
                // Resize from the top or the bottom edge.
                Repeater {
                    model: ["top", "bottom"]
                    delegate: MouseArea {
                        id: edge
                        required property string modelData
                        objectName: "ruleResize" + (edge.modelData === "top" ? "Top_" : "Bottom_") + block.ruleIndex
                        width: block.width
                        height: 8
                        y: edge.modelData === "top" ? 0 : block.height - height
                        preventStealing: true
                        cursorShape: Qt.SizeVerCursor
                        onPositionChanged: mouse => {
                            const p = mapToItem(grid.canvas, mouse.x, mouse.y)
                            const minute = root.snap(grid.minuteAt(p.y))
                            block.dragging = true
                            if (edge.modelData === "top")
                                block.dragStart = Math.max(0, Math.min(block.endMinute - 15, minute))
                            else
                                block.dragEnd = Math.min(1440, Math.max(block.startMinute + 15, minute))
                        }
                        onReleased: {
                            if (block.dragging)
                                root.controller.editor.changeRule(block.ruleIndex, block.day + 1, block.dragStart, block.dragEnd)
                            block.dragging = false
                            block.dragStart = Qt.binding(() => block.startMinute)
                            block.dragEnd = Qt.binding(() => block.endMinute)
                        }
                    }
                }
            }
        }
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

                Button {
                    objectName: "addRuleButton"
                    // No elevation: the software renderer drops elevated backgrounds entirely.
                    Material.elevation: 0
                    Layout.fillWidth: true
                    text: qsTr("Add weekly hours…")
                    highlighted: true
                    onClicked: ruleDialog.open(-1, 0, 9 * 60, 12 * 60)
                }

                MenuSeparator { Layout.fillWidth: true }

                Label {
                    text: qsTr("Date overrides")
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 12
                    color: Theme.calendarMutedText
                    text: qsTr("Replace the weekly hours on one date, or close it.")
                }
                Repeater {
                    model: root.controller.editor.overrides
                    delegate: RowLayout {
                        id: overrideRow
                        required property int overrideIndex
                        required property string dateText
                        required property string text
                        Layout.fillWidth: true
                        spacing: 4
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: overrideRow.dateText
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: overrideRow.text
                                elide: Text.ElideRight
                                font.pixelSize: 12
                                color: Theme.calendarMutedText
                            }
                        }
                        ToolButton {
                            objectName: "removeOverride_" + overrideRow.overrideIndex
                            text: "✕"
                            Accessible.name: qsTr("Remove the override on %1").arg(overrideRow.dateText)
                            onClicked: root.controller.editor.removeOverride(overrideRow.overrideIndex)
                        }
                    }
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: 6
                    rowSpacing: 0
                    TextField {
                        id: overrideDate
                        objectName: "overrideDateField"
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        placeholderText: qsTr("Date (YYYY-MM-DD)")
                        inputMethodHints: Qt.ImhDate
                    }
                    TextField {
                        id: overrideStart
                        objectName: "overrideStartField"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 10
                        placeholderText: qsTr("From 10:00")
                        enabled: !overrideClosed.checked
                    }
                    TextField {
                        id: overrideEnd
                        objectName: "overrideEndField"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 10
                        placeholderText: qsTr("To 13:00")
                        enabled: !overrideClosed.checked
                    }
                    CheckBox {
                        id: overrideClosed
                        objectName: "overrideClosedBox"
                        Layout.fillWidth: true
                        text: qsTr("Closed")
                    }
                    Button {
                        objectName: "addOverrideButton"
                        // No elevation: the software renderer drops elevated backgrounds entirely.
                        Material.elevation: 0
                        Layout.alignment: Qt.AlignRight
                        text: qsTr("Add")
                        enabled: overrideDate.text.length === 10
                        onClicked: {
                            const start = overrideClosed.checked ? 0 : root.controller.editor.parseMinute(overrideStart.text)
                            const end = overrideClosed.checked ? 0 : root.controller.editor.parseMinute(overrideEnd.text)
                            if (start < 0 || end < 0) {
                                overrideHint.text = qsTr("Enter times as HH:MM.")
                                return
                            }
                            overrideHint.text = ""
                            if (root.controller.editor.addOverrideText(overrideDate.text, start, end)) {
                                overrideDate.text = ""
                                overrideStart.text = ""
                                overrideEnd.text = ""
                            }
                        }
                    }
                }
                Label {
                    id: overrideHint
                    visible: text.length > 0
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Material.color(Material.Red)
                }

                MenuSeparator { Layout.fillWidth: true }

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
                    model: root.controller.editor.blocks
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
                            onClicked: root.controller.editor.removeBlock(blockRow.blockIndex)
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
                    }
                    TextField {
                        id: blockLast
                        objectName: "blockLastField"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 10
                        placeholderText: qsTr("Last day")
                    }
                    TextField {
                        id: blockReason
                        objectName: "blockReasonField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Reason")
                    }
                    Button {
                        objectName: "addBlockButton"
                        // No elevation: the software renderer drops elevated backgrounds entirely.
                        Material.elevation: 0
                        text: qsTr("Add")
                        enabled: blockFirst.text.length === 10 && blockLast.text.length === 10
                        onClicked: {
                            if (root.controller.editor.addBlockText(blockFirst.text, blockLast.text, blockReason.text)) {
                                blockFirst.text = ""
                                blockLast.text = ""
                                blockReason.text = ""
                            }
                        }
                    }
                }
            }
        }
    }

    RuleDialog {
        id: ruleDialog
        controller: root.controller
        onClosed: root.selectedRule = -1
    }
}
