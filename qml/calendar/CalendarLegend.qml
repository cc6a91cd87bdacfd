pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Companion.Components

// What the colours of the week and month views mean: only what they can show. "An S-T
// teaches" is for creators, whose S-Ts teach their courses.
Flow {
    id: root

    property string hint
    property bool showOthers: true
    spacing: 16

    Repeater {
        model: [
            { text: qsTr("Weekly hours"), fill: Theme.availability, edge: Theme.availabilityBorder },
            { text: qsTr("Date override"), fill: Theme.overrideAvailability, edge: Theme.overrideBorder },
            { text: qsTr("Closed"), fill: Theme.closed, edge: Theme.cancelledBorder },
            { text: qsTr("Vacation"), fill: Theme.vacation, edge: Theme.vacationText },
            { text: qsTr("You teach"), fill: Theme.ownCard, edge: Theme.ownCardBorder },
            { text: qsTr("An S-T teaches"), fill: Theme.otherCard, edge: Theme.otherCardBorder, others: true },
            { text: qsTr("Cancelled"), fill: Theme.cancelledCard, edge: Theme.cancelledBorder }
        ]
        delegate: Row {
            id: entry
            required property var modelData
            required property int index
            objectName: "legendEntry_" + index
            visible: root.showOthers || !entry.modelData.others
            readonly property string text: entry.modelData.text
            spacing: 6
            Rectangle {
                width: 14
                height: 14
                radius: 3
                anchors.verticalCenter: parent.verticalCenter
                color: entry.modelData.fill
                border.color: entry.modelData.edge
            }
            Label {
                text: entry.modelData.text
                font.pixelSize: 12
                color: Theme.calendarMutedText
            }
        }
    }

    Label {
        visible: root.hint.length > 0
        text: root.hint
        font.pixelSize: 12
        font.italic: true
        color: Theme.calendarMutedText
    }
}
