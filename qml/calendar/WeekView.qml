pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Companion.App
import Companion.Components

// The week: availability as background blocks, sessions as cards on top,
// overlapping cards side by side (columns from CalendarWeekModel).
TimeGrid {
    id: grid

    required property CalendarController controller
    signal sessionClicked(string sessionId)

    function statusText(status) {
        switch (status) {
        case "scheduled": return qsTr("scheduled")
        case "completed": return qsTr("completed")
        case "no_show": return qsTr("no-show")
        case "cancelled": return qsTr("cancelled")
        default: return status
        }
    }

    headers: grid.controller.navigator.dayHeaders
    todayColumn: grid.controller.navigator.todayColumn
    nowMinute: grid.controller.navigator.nowMinute
    // Each week opens where its working day starts (its first hours or session); the user's
    // scrolling stays while the same week is shown (a sync relays it out every few minutes).
    firstVisibleHour: Math.floor(grid.controller.weekModel.workStartMinute / 60)
    // Hours get shorter (down to 32 px) until the working day fits: at 1024x640 a 09:00-17:00
    // day is in view whole.
    readonly property int workHours: Math.max(1, Math.ceil(grid.controller.weekModel.workEndMinute / 60) - grid.firstVisibleHour)
    hourHeight: Math.max(32, Math.min(44, Math.floor((grid.height - 58) / grid.workHours)))
    property string openedWeek: ""
    // Until the user scrolls, the grid stays at the working day (also when the hours resize).
    property bool atWorkingDay: false
    function openAtWorkingDay() {
        // The model is laid out for the navigator's week, the one the headers show.
        const week = grid.headers.length > 0 ? grid.headers[0].iso : ""
        if (week.length === 0 || week === grid.openedWeek)
            return
        grid.openedWeek = week
        // From the model itself: this handler may run before the binding above is updated.
        grid.scrollToHour(Math.floor(grid.controller.weekModel.workStartMinute / 60))
        grid.atWorkingDay = true
    }
    function keepAtWorkingDay() {
        if (grid.atWorkingDay)
            grid.scrollToHour(Math.floor(grid.controller.weekModel.workStartMinute / 60))
    }
    // After the layout pass: the flickable's height follows the grid's a moment later.
    Timer {
        id: settle
        interval: 0
        onTriggered: grid.keepAtWorkingDay()
    }
    onHourHeightChanged: settle.restart()
    Connections {
        target: grid.flickable
        function onMovementStarted() { grid.atWorkingDay = false }
        function onHeightChanged() { settle.restart() }
    }
    Connections {
        target: grid.controller.weekModel as QtObject
        function onLayoutDone() { grid.openAtWorkingDay() }
    }
    Component.onCompleted: grid.openAtWorkingDay()

    // Drag on the grid: extra hours on that date (a date override in the teacher's zone).
    MouseArea {
        id: creator
        objectName: "weekCreateArea"
        anchors.fill: parent
        z: 0.5
        preventStealing: true
        property int day: -1
        property int fromMinute: 0
        property int toMinute: 0
        function snap(minute) { return Math.round(minute / 15) * 15 }
        onPressed: mouse => {
            day = grid.columnAt(mouse.x)
            fromMinute = snap(grid.minuteAt(mouse.y))
            toMinute = fromMinute
        }
        onPositionChanged: mouse => toMinute = snap(grid.minuteAt(mouse.y))
        onReleased: {
            if (Math.abs(toMinute - fromMinute) >= 15)
                grid.controller.editor.addHoursOnDate(day, Math.min(fromMinute, toMinute), Math.max(fromMinute, toMinute))
            day = -1
        }
        onCanceled: day = -1
    }

    Rectangle {
        objectName: "weekGhost"
        visible: creator.day >= 0 && creator.toMinute !== creator.fromMinute
        x: grid.columnX(creator.day) + 3
        y: grid.minuteY(Math.min(creator.fromMinute, creator.toMinute))
        width: grid.columnWidth - 6
        height: grid.minuteY(Math.abs(creator.toMinute - creator.fromMinute))
        radius: 5
        z: 2
        color: Theme.overrideAvailability
        border.color: Theme.overrideBorder
        border.width: 2
        Label {
            x: 5
            y: 2
            width: parent.width - 8
            elide: Text.ElideRight
            font.pixelSize: 11
            text: grid.controller.editor.minuteText(Math.min(creator.fromMinute, creator.toMinute)) + "–"
                  + grid.controller.editor.minuteText(Math.max(creator.fromMinute, creator.toMinute))
        }
    }

    Repeater {
        model: grid.controller.weekModel
        delegate: Item {
            id: piece

            required property int index
            required property string kind
            required property int day
            required property int startMinute
            required property int endMinute
            required property int column
            required property int columnCount
            required property string title
            required property string detail
            required property string status
            required property bool cancelled
            required property bool own
            required property bool fromOverride
            required property bool background
            required property string entryId
            required property string timeRange
            required property string teacher
            required property bool conflict
            required property int othersTeaching

            readonly property real slotWidth: (grid.columnWidth - 6) / piece.columnCount
            x: grid.columnX(piece.day) + (piece.background ? 1 : 3 + piece.column * piece.slotWidth)
            y: grid.minuteY(piece.startMinute)
            width: piece.background ? grid.columnWidth - 1 : piece.slotWidth - 2
            height: Math.max(piece.background ? 2 : 18, grid.minuteY(piece.endMinute) - grid.minuteY(piece.startMinute) - (piece.background ? 0 : 2))
            z: piece.background ? 0 : 1

            Rectangle {
                anchors.fill: parent
                visible: piece.background
                color: piece.kind === "vacation" ? Theme.vacation
                     : piece.kind === "closed" ? Theme.closed
                     : piece.fromOverride ? Theme.overrideAvailability : Theme.availability
                border.color: piece.kind === "availability"
                              ? (piece.fromOverride ? Theme.overrideBorder : Theme.availabilityBorder)
                              : "transparent"
                Label {
                    visible: piece.kind !== "availability"
                    anchors.top: parent.top
                    // At the hour the week opens, so the reason is in view.
                    anchors.topMargin: Math.max(4, grid.minuteY(grid.firstVisibleHour * 60) - parent.y + 4)
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: parent.width - 8
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    maximumLineCount: 5
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    color: piece.kind === "vacation" ? Theme.vacationText : Theme.calendarMutedText
                    // A creator's time off does not stop her S-Ts: their sessions here are no conflict.
                    text: (piece.kind === "vacation"
                           ? (piece.title.length > 0 ? qsTr("Vacation: %1").arg(piece.title) : qsTr("Vacation"))
                           : qsTr("Closed (date override)"))
                          + (piece.othersTeaching > 0
                             ? "\n" + qsTr("%n S-T session(s) go on as planned", "", piece.othersTeaching) : "")
                }
            }

            // The keyboard focus: a frame just outside the card (the card clips its content).
            Rectangle {
                objectName: "sessionFocusRing_" + piece.entryId
                anchors.fill: parent
                anchors.margins: -3
                z: 2
                visible: card.activeFocus
                radius: 7
                color: "transparent"
                border.color: Theme.focusRing
                border.width: 2
            }

            Rectangle {
                id: card
                objectName: "sessionCard_" + piece.entryId
                visible: !piece.background
                anchors.fill: parent
                radius: 5
                color: piece.cancelled ? Theme.cancelledCard : piece.own ? Theme.ownCard : Theme.otherCard
                // Your own session on your vacation or closed day is a real conflict: a red frame.
                border.color: piece.conflict ? Theme.danger
                            : piece.cancelled ? Theme.cancelledBorder
                            : piece.own ? Theme.ownCardBorder : Theme.otherCardBorder
                border.width: piece.conflict || cardMouse.containsMouse ? 2 : 1
                clip: true
                activeFocusOnTab: !piece.background
                Accessible.role: Accessible.Button
                // "Conversational Spanish, Thursday, 10 December 2026, 18:00 to 19:00, you teach,
                // 3 of 4 seats, scheduled": what a sighted user reads off the grid's position.
                Accessible.name: qsTr("%1, %2, %3, %4, %5")
                                 .arg(piece.title)
                                 .arg(grid.headers[piece.day].date.toLocaleDateString(Qt.locale(), Locale.LongFormat))
                                 .arg(qsTr("%1 to %2").arg(piece.timeRange.split("–")[0]).arg(piece.timeRange.split("–")[1] ?? ""))
                                 .arg(piece.own ? qsTr("you teach, %1").arg(piece.detail) : piece.detail)
                                 .arg(grid.statusText(piece.status)
                                      + (piece.conflict ? ", " + qsTr("on your time off") : ""))
                Accessible.description: qsTr("Opens the session's details.")
                // Tab may land on a card scrolled out of view: bring it in.
                onActiveFocusChanged: if (activeFocus) grid.reveal(piece.startMinute, piece.endMinute)
                Keys.onReturnPressed: grid.sessionClicked(piece.entryId)
                Keys.onEnterPressed: grid.sessionClicked(piece.entryId)
                Keys.onSpacePressed: grid.sessionClicked(piece.entryId)

                // The title takes the lines the card has room for (a tooltip has it all); the
                // second line starts with the teacher when it is not you, so a short card keeps it.
                Column {
                    x: 5
                    y: 2
                    width: parent.width - 8
                    spacing: 0
                    // A narrow, short card (an hour at 1024 px): your own sessions give the time
                    // line to a second title line (the grid shows the time); an S-T's keep the
                    // line with the S-T's name.
                    readonly property bool compact: card.width < 110 && card.height >= 32 && card.height < 52
                    readonly property bool timeLine: card.height > 30 && !(compact && piece.own)
                    readonly property int titleLines: Math.max(1, Math.floor((card.height - 4 - (timeLine ? 14 : 0)
                                                                               - (card.height > 60 ? 14 : 0)) / 15))
                    Label {
                        objectName: "sessionTitle_" + piece.entryId
                        width: parent.width
                        text: piece.title
                        wrapMode: Text.Wrap
                        maximumLineCount: parent.titleLines
                        elide: Text.ElideRight
                        font.pixelSize: 12
                        font.weight: Font.DemiBold
                        font.strikeout: piece.cancelled
                        color: piece.cancelled ? Theme.cancelledText : Theme.cardText
                    }
                    Label {
                        objectName: "sessionLine_" + piece.entryId
                        visible: parent.timeLine
                        width: parent.width
                        text: (piece.conflict ? "⚠ " : "")
                              + (piece.teacher.length > 0 ? piece.teacher + " · " : "")
                              + piece.timeRange + (piece.cancelled ? " · " + qsTr("cancelled")
                                                                  : piece.status !== "scheduled" ? " · " + grid.statusText(piece.status) : "")
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        font.strikeout: piece.cancelled
                        color: piece.cancelled ? Theme.cancelledText : Theme.cardText
                    }
                    Label {
                        visible: card.height > 60
                        width: parent.width
                        // The teacher is on the line above already: here the seats.
                        text: piece.conflict ? qsTr("On your time off")
                            : piece.teacher.length > 0 && piece.detail.startsWith(piece.teacher + " · ")
                              ? piece.detail.slice(piece.teacher.length + 3) : piece.detail
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        color: piece.cancelled ? Theme.cancelledText : Theme.cardText
                        opacity: 0.9
                    }
                }
                MouseArea {
                    id: cardMouse
                    anchors.fill: parent
                    hoverEnabled: true
                    cursorShape: Qt.PointingHandCursor
                    onClicked: grid.sessionClicked(piece.entryId)
                }
                ToolTip.visible: cardMouse.containsMouse
                ToolTip.delay: 500
                ToolTip.text: piece.title + "\n" + piece.timeRange + " · " + grid.statusText(piece.status) + "\n" + piece.detail
                              + (piece.conflict ? "\n" + qsTr("On your time off") : "")
            }
        }
    }
}
