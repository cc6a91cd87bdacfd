pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Companion.App
import Companion.Components

// The weekly hours as blocks on a Monday-to-Sunday grid: drag on an empty part of a day to
// create a block (on into the next day for a night range such as 22:00-02:00), drag a block
// to move it (also to another day), drag its top or bottom edge to resize it, click it to
// edit its times or delete it (or select it and press Delete).
TimeGrid {
    id: grid

    required property CalendarController controller
    // Opens for a click on a block or Return/Space on a focused one.
    required property RuleDialog ruleDialog
    property int selectedRule: -1
    readonly property var dayNames: [qsTr("Monday"), qsTr("Tuesday"), qsTr("Wednesday"), qsTr("Thursday"),
                                     qsTr("Friday"), qsTr("Saturday"), qsTr("Sunday")]

    function snap(minute) { return Math.round(minute / 15) * 15 }

    // The part of the day the weekly hours use (a night's after-midnight piece aside), at
    // least 8 hours: the grid opens on it and, in a small window, squeezes the hours (down
    // to 28 px) so the whole of it fits: evening hours are not hidden below the fold.
    readonly property var usedSpan: {
        let first = 24 * 60, last = 0
        for (const rule of grid.controller.editor.weeklyRules) {
            if (rule.startMinute > 0)
                first = Math.min(first, rule.startMinute)
            last = Math.max(last, rule.endMinute)
        }
        if (first >= last)
            return { first: 7 * 60, last: 19 * 60 }
        const pad = Math.max(0, 8 * 60 - (last - first))
        const from = Math.max(0, first - 60 - pad / 2)
        return { first: from, last: Math.min(1440, Math.max(last + 60 + pad / 2, from + 8 * 60)) }
    }
    property bool opened: false
    hourHeight: Math.max(28, Math.min(44, Math.floor((grid.flickable.height - 12) * 60
                                                     / Math.max(1, grid.usedSpan.last - grid.usedSpan.first))))
    function openOnUsedHours() {
        if (grid.opened || grid.controller.editor.weeklyRules.length === 0 || grid.flickable.height <= 0)
            return
        grid.opened = true
        grid.flickable.contentY = Math.max(0, Math.min(grid.flickable.contentHeight - grid.flickable.height,
                                                       grid.minuteY(grid.usedSpan.first)))
    }
    // Once the layout has settled (the flickable's height and the rules both known).
    Timer {
        id: openTimer
        interval: 0
        onTriggered: grid.openOnUsedHours()
    }
    onUsedSpanChanged: openTimer.restart()
    onHeightChanged: openTimer.restart()
    Component.onCompleted: openTimer.restart()

    // In a narrow window "Mon" would elide to "…": two letters then ("Mo", "Tu", …).
    readonly property var shortNames: [qsTr("Mon"), qsTr("Tue"), qsTr("Wed"), qsTr("Thu"), qsTr("Fri"),
                                       qsTr("Sat"), qsTr("Sun")]
    headers: {
        const out = []
        for (const name of grid.shortNames)
            out.push({ weekday: grid.columnWidth >= 44 ? name : name.substring(0, 2) })
        return out
    }
    focus: true
    Keys.onDeletePressed: {
        if (grid.selectedRule >= 0) {
            grid.controller.editor.removeRule(grid.selectedRule)
            grid.selectedRule = -1
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
            grid.selectedRule = -1
            day = grid.columnAt(mouse.x)
            toDay = day
            fromMinute = grid.snap(grid.minuteAt(mouse.y))
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
            toMinute = grid.snap(grid.minuteAt(y))
            viewX = x
            viewY = y - grid.flickable.contentY
        }
        onPositionChanged: mouse => follow(mouse.x, mouse.y)
        onReleased: mouse => {
            follow(mouse.x, mouse.y)
            if (endMinute - startMinute >= 15)
                grid.controller.editor.addRule(day + 1, startMinute, endMinute)
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
                text: grid.controller.editor.minuteText(creator.startMinute % 1440) + "–"
                      + grid.controller.editor.minuteText(creator.endMinute > 1440 ? creator.endMinute - 1440 : creator.endMinute)
                font.pixelSize: 11
                color: Theme.ruleText
            }
        }
    }

    Repeater {
        model: grid.controller.templateModel
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
            Accessible.name: qsTr("Weekly hours, %1, %2").arg(grid.dayNames[block.day])
                             .arg(qsTr("%1 to %2").arg(block.timeRange.split("–")[0]).arg(block.timeRange.split("–")[1] ?? ""))
            Accessible.description: qsTr("Enter to change the times, Delete to remove.")
            onActiveFocusChanged: if (activeFocus) grid.reveal(block.startMinute, block.endMinute)
            Keys.onReturnPressed: grid.ruleDialog.open(block.ruleIndex, block.day, block.startMinute, block.endMinute)
            Keys.onEnterPressed: grid.ruleDialog.open(block.ruleIndex, block.day, block.startMinute, block.endMinute)
            Keys.onSpacePressed: grid.ruleDialog.open(block.ruleIndex, block.day, block.startMinute, block.endMinute)
            Keys.onDeletePressed: grid.controller.editor.removeRule(block.ruleIndex)
            x: grid.columnX(block.dragDay) + 3 + (block.dragging ? 0 : block.column * block.slotWidth)
            y: grid.minuteY(block.dragStart)
            width: (block.dragging ? grid.columnWidth - 6 : block.slotWidth) - 2
            height: grid.minuteY(block.dragEnd - block.dragStart)
            z: block.dragging ? 4 : 2
            radius: 5
            color: Theme.rule
            border.color: block.activeFocus ? Theme.focusRing : Theme.ruleBorder
            border.width: grid.selectedRule === block.ruleIndex || block.activeFocus ? 3 : 1

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
                                                ? grid.controller.editor.minuteText(block.dragStart) + "–" + grid.controller.editor.minuteText(block.dragEnd)
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
                    const deltaMinutes = grid.snap((p.y - origin.y) * 60 / grid.hourHeight)
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
                        grid.controller.editor.changeRule(block.ruleIndex, block.dragDay + 1, block.dragStart, block.dragEnd)
                    else {
                        grid.selectedRule = block.ruleIndex
                        grid.ruleDialog.open(block.ruleIndex, block.day, block.startMinute, block.endMinute)
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
                        const minute = grid.snap(grid.minuteAt(p.y))
                        block.dragging = true
                        if (edge.modelData === "top")
                            block.dragStart = Math.max(0, Math.min(block.endMinute - 15, minute))
                        else
                            block.dragEnd = Math.min(1440, Math.max(block.startMinute + 15, minute))
                    }
                    onReleased: {
                        if (block.dragging)
                            grid.controller.editor.changeRule(block.ruleIndex, block.day + 1, block.dragStart, block.dragEnd)
                        block.dragging = false
                        block.dragStart = Qt.binding(() => block.startMinute)
                        block.dragEnd = Qt.binding(() => block.endMinute)
                    }
                }
            }
        }
    }
}
