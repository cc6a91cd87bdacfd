pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Companion.Components

// An hourly grid of seven day columns inside a vertical Flickable: day headers on
// top, hour labels on the left, lines, and a `content` area the caller fills with
// items positioned by minuteY() and columnX(). Shared by the week view, the
// template editor and the student preview.
Item {
    id: root

    // [{weekday, day, isToday}] for 7 columns
    property var headers: []
    property int hourHeight: 44
    property int firstVisibleHour: 7
    property int todayColumn: -1
    property int nowMinute: -1
    readonly property int gutter: 56
    readonly property real columnWidth: (width - gutter - 8) / 7
    default property alias content: canvas.data
    property alias flickable: flick
    property alias canvas: canvas

    function minuteY(minute) { return minute * hourHeight / 60 }
    function columnX(column) { return column * columnWidth }
    function minuteAt(y) { return Math.max(0, Math.min(1440, Math.round(y * 60 / hourHeight))) }
    function columnAt(x) { return Math.max(0, Math.min(6, Math.floor(x / columnWidth))) }
    // Scrolls so that hour `hour` is at the top, its label whole.
    function scrollToHour(hour) {
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, hour * hourHeight - 4))
    }
    // Scrolls so that the span from minute `from` to `to` is in view (for keyboard focus).
    function reveal(from, to) {
        const top = minuteY(from) - 8
        const bottom = minuteY(to) + 8
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, bottom - flick.height))
    }

    Row {
        id: headerRow
        x: root.gutter
        width: root.width - root.gutter - 8
        height: 44
        Repeater {
            model: root.headers
            delegate: Item {
                id: header
                required property var modelData
                required property int index
                width: root.columnWidth
                height: headerRow.height
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 2
                    radius: 6
                    color: header.modelData.isToday ? Theme.todayFill : "transparent"
                    border.color: header.modelData.isToday ? Theme.today : "transparent"
                }
                Label {
                    objectName: "dayHeader_" + header.index
                    anchors.centerIn: parent
                    width: parent.width - 8
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                    text: header.modelData.day !== undefined
                          ? header.modelData.weekday + " " + header.modelData.day
                          : header.modelData.weekday
                    font.weight: header.modelData.isToday ? Font.Bold : Font.Normal
                    color: header.modelData.isToday ? Theme.today : Material.foreground
                }
            }
        }
    }

    Rectangle {
        x: 0
        y: headerRow.height
        width: root.width
        height: 1
        color: Theme.gridLineStrong
    }

    Flickable {
        id: flick
        objectName: "timeGridFlickable"
        anchors.fill: parent
        anchors.topMargin: headerRow.height + 1
        contentHeight: 24 * root.hourHeight + 12
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
        Component.onCompleted: root.scrollToHour(root.firstVisibleHour)

        Item {
            width: flick.width
            height: flick.contentHeight

            Repeater {
                model: 25
                delegate: Item {
                    id: hourLine
                    required property int index
                    y: 6 + hourLine.index * root.hourHeight
                    width: parent.width
                    Rectangle {
                        x: root.gutter - 4
                        width: parent.width - root.gutter - 4
                        height: 1
                        color: Theme.gridLine
                    }
                    Label {
                        objectName: "hourLabel_" + hourLine.index
                        visible: hourLine.index < 24
                        x: 4
                        width: root.gutter - 12
                        y: -height / 2
                        horizontalAlignment: Text.AlignRight
                        text: (hourLine.index < 10 ? "0" : "") + hourLine.index + ":00"
                        font.pixelSize: 11
                        color: Theme.hourText
                    }
                }
            }
            Repeater {
                model: 8
                delegate: Rectangle {
                    required property int index
                    x: root.gutter + index * root.columnWidth
                    y: 6
                    width: 1
                    height: 24 * root.hourHeight
                    color: Theme.gridLine
                }
            }
            Rectangle {
                visible: root.todayColumn >= 0
                x: root.gutter + root.todayColumn * root.columnWidth + 1
                y: 6
                width: root.columnWidth - 1
                height: 24 * root.hourHeight
                color: Theme.todayFill
                opacity: 0.6
            }

            Item {
                id: canvas
                x: root.gutter
                y: 6
                width: 7 * root.columnWidth
                height: 24 * root.hourHeight
            }

            Rectangle {
                objectName: "nowLine"
                visible: root.todayColumn >= 0 && root.nowMinute >= 0
                x: root.gutter + root.todayColumn * root.columnWidth
                y: 6 + root.minuteY(root.nowMinute)
                width: root.columnWidth
                height: 2
                color: Theme.nowLine
                z: 10
            }
        }
    }
}
