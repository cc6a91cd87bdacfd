pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// What the colours of the week and month views mean.
Flow {
    id: root

    required property CalendarPalette colors
    property string hint
    spacing: 16

    Repeater {
        model: [
            { text: qsTr("Weekly hours"), fill: root.colors.availability, edge: root.colors.availabilityBorder },
            { text: qsTr("Date override"), fill: root.colors.overrideAvailability, edge: root.colors.overrideBorder },
            { text: qsTr("Vacation"), fill: root.colors.vacation, edge: root.colors.vacationText },
            { text: qsTr("You teach"), fill: root.colors.ownCard, edge: root.colors.ownCardBorder },
            { text: qsTr("An S-T teaches"), fill: root.colors.otherCard, edge: root.colors.otherCardBorder },
            { text: qsTr("Cancelled"), fill: root.colors.cancelledCard, edge: root.colors.cancelledBorder }
        ]
        delegate: Row {
            id: entry
            required property var modelData
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
                color: root.colors.mutedText
            }
        }
    }

    Label {
        visible: root.hint.length > 0
        text: root.hint
        font.pixelSize: 12
        font.italic: true
        color: root.colors.mutedText
    }
}
