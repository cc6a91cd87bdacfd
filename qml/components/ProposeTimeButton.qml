pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App

// "Propose a new time…" in a session view: the free slots of the session's offering for the
// next two weeks, each also in the booked students' own zones; picking one asks every student
// by email. Afterwards the view says how the proposal stands.
ColumnLayout {
    id: control

    required property string sessionId
    property int revision: 0
    readonly property bool canPropose: revision >= 0 && !proposal.loading && proposal.canPropose()
    readonly property alias controller: proposal
    readonly property alias dialog: picker

    spacing: 4
    visible: canPropose || proposal.stateText.length > 0

    SessionProposalController {
        id: proposal
        sessionId: control.sessionId
        onChanged: control.revision++
    }
    Connections {
        target: Account
        function onSessionsChanged() { control.revision++ }
    }

    Label {
        objectName: "proposalState"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: proposal.stateText
    }
    ActionButton {
        objectName: "proposeTimeButton"
        visible: control.canPropose
        text: qsTr("Propose a new time…")
        Accessible.description: qsTr("Asks the booked students by email to move the session to a free slot.")
        onClicked: {
            proposal.loadSlots()
            picker.open()
        }
    }

    Dialog {
        id: picker
        objectName: "proposeTimeDialog"
        focus: true
        title: qsTr("Propose a new time")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, parent ? parent.width - 40 : 560)
        height: Math.min(520, parent ? parent.height - 40 : 520)
        padding: 20
        background: Rectangle {
            radius: 8
            color: Theme.card
            border.color: Theme.cardBorder
        }
        header: Label {
            text: picker.title
            padding: 20
            bottomPadding: 4
            font.pixelSize: 18
            font.weight: Font.DemiBold
            color: Theme.strongText
        }
        Connections {
            target: proposal
            function onProposed(ok) {
                if (ok)
                    picker.close()
            }
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 8

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: qsTr("Free times of this course in the next two weeks, in your time zone and each student's. Every student is asked by email; the session moves only when all accept, and keeps its time otherwise.")
            }
            Label {
                objectName: "proposeError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                color: Theme.danger
                text: proposal.error
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: proposal.loading
                running: proposal.loading
            }
            Label {
                Layout.fillWidth: true
                visible: !proposal.loading && proposal.freeSlots.length === 0 && proposal.error.length === 0
                wrapMode: Text.Wrap
                text: qsTr("No free time in the next two weeks. Add hours in Calendar → Availability first.")
            }
            ListView {
                id: list
                objectName: "proposeSlotList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: proposal.freeSlots
                delegate: ItemDelegate {
                    id: slotRow
                    required property var modelData
                    required property int index
                    objectName: "proposeSlot_" + index
                    width: ListView.view.width
                    Accessible.name: qsTr("%1 at %2").arg(slotRow.modelData.day).arg(slotRow.modelData.time)
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label {
                            text: slotRow.modelData.day + ", " + slotRow.modelData.time
                            font.weight: Font.DemiBold
                            color: Theme.strongText
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: slotRow.modelData.zones
                            color: Theme.mutedText
                            elide: Text.ElideRight
                        }
                    }
                    onClicked: proposal.propose(slotRow.modelData.start)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                ActionButton {
                    text: qsTr("Close")
                    onClicked: picker.close()
                }
            }
        }
    }
}
