pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// "Preview as student": the slots of one offering for the visible week, in the viewer's
// zone, computed by the same SlotCalculator as the server's /api/slots; a day without slots
// says why (from the same pass), the offering's rules are listed, and its booking link can
// be copied when the platform gives one.
ColumnLayout {
    id: root

    required property CalendarController controller
    spacing: 10

    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        Label {
            text: qsTr("Offering")
        }
        ComboBox {
            id: offeringBox
            objectName: "previewOfferingBox"
            Layout.preferredWidth: 420
            Layout.minimumWidth: 200
            Layout.maximumWidth: 420
            Layout.fillWidth: true
            model: root.controller.preview.offerings
            textRole: "label"
            currentIndex: root.controller.preview.offering
            onActivated: index => root.controller.preview.offering = index
        }
        Item { Layout.fillWidth: true }
        Button {
            id: copyLink
            objectName: "copyBookingLink"
            visible: root.controller.preview.bookingUrl.length > 0
            property bool copied: false
            flat: true
            text: copied ? qsTr("Link copied") : qsTr("Copy booking link")
            Accessible.description: root.controller.preview.bookingUrl
            ToolTip.visible: hovered
            ToolTip.text: root.controller.preview.bookingUrl
            onClicked: copied = root.controller.preview.copyBookingLink()
            Timer {
                running: copyLink.copied
                interval: 3000
                onTriggered: copyLink.copied = false
            }
        }
    }

    // On a line of its own: beside the offering it wrapped to three lines in a small window.
    Label {
        objectName: "previewSummary"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.calendarMutedText
        text: root.controller.preview.error.length > 0 ? ""
            : qsTr("%n slot(s) students can book this week", "", root.controller.preview.slotCount)
              + " · " + qsTr("times in %1").arg(root.controller.navigator.viewerZone)
    }

    // The offering's rules: what shapes the slots below.
    Label {
        objectName: "previewLimits"
        visible: root.controller.preview.limits.length > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        color: Theme.calendarMutedText
        text: root.controller.preview.limitsText
    }

    Label {
        objectName: "previewError"
        visible: root.controller.preview.error.length > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: root.controller.preview.error
    }

    Label {
        visible: Account.ready && Account.sync.pendingEdits > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.calendarMutedText
        text: qsTr("Edits not yet on the server are not included: students see what the server has.")
    }

    Row {
        id: days
        objectName: "previewDays"
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 6
        Repeater {
            model: root.controller.preview.days
            delegate: Rectangle {
                id: day
                required property var modelData
                required property int index
                width: (days.width - 6 * days.spacing) / 7
                height: days.height
                radius: 6
                color: Theme.panel
                border.color: Theme.panelBorder

                // Weekday over date: a narrow column never cuts "Mon 30 Nov" to "Mon 30 N…".
                Column {
                    id: dayLabel
                    objectName: "previewDay_" + day.index
                    x: 6
                    y: 6
                    width: parent.width - 12
                    Accessible.role: Accessible.Heading
                    Accessible.name: day.modelData.label
                    Label {
                        width: parent.width
                        text: day.modelData.weekday
                        elide: Text.ElideRight
                        font.weight: Font.DemiBold
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Label {
                        width: parent.width
                        text: day.modelData.dateText
                        elide: Text.ElideRight
                        font.pixelSize: 12
                        color: Theme.calendarMutedText
                        horizontalAlignment: Text.AlignHCenter
                    }
                }
                Column {
                    visible: day.modelData.slots.length === 0
                    anchors.top: dayLabel.bottom
                    anchors.topMargin: 12
                    x: 6
                    width: parent.width - 12
                    spacing: 4
                    Label {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("No slots")
                        color: Theme.calendarMutedText
                        font.pixelSize: 12
                    }
                    Label {
                        objectName: "previewReason_" + day.index
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        text: day.modelData.reasonText
                        font.pixelSize: 12
                        font.italic: true
                    }
                }
                Label {
                    id: dayNote
                    objectName: "previewNote_" + day.index
                    visible: day.modelData.slots.length > 0 && day.modelData.note.length > 0
                    anchors.top: dayLabel.bottom
                    anchors.topMargin: visible ? 6 : 0
                    x: 6
                    width: parent.width - 12
                    height: visible ? implicitHeight : 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: day.modelData.note
                    font.pixelSize: 11
                    font.italic: true
                    color: Theme.calendarMutedText
                }
                ListView {
                    anchors.top: dayNote.bottom
                    anchors.topMargin: 8
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: 6
                    x: 6
                    width: parent.width - 12
                    clip: true
                    spacing: 4
                    model: day.modelData.slots
                    boundsBehavior: Flickable.StopAtBounds
                    delegate: Rectangle {
                        id: chip
                        required property string modelData
                        required property int index
                        objectName: "previewSlot_" + day.index + "_" + chip.index
                        x: 1
                        width: ListView.view.width - 2
                        height: 26
                        radius: 13
                        color: Theme.slotChip
                        border.color: Theme.slotChipBorder
                        Label {
                            anchors.centerIn: parent
                            width: parent.width - 8
                            horizontalAlignment: Text.AlignHCenter
                            elide: Text.ElideRight
                            text: chip.modelData + (day.modelData.seats[chip.index].length > 0
                                                    ? " · " + day.modelData.seats[chip.index] : "")
                            font.pixelSize: 12
                        }
                    }
                }
            }
        }
    }
}
