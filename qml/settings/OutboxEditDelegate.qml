pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// One edit in the outbox: what changed and when, its state, and for a conflict
// what differs with both versions and "Keep mine" / "Take theirs"; an edit the
// server refused can be discarded. The roles come from OutboxEditModel.
Card {
    id: editCard

    required property int index
    required property var seq
    required property string title
    required property bool isPending
    required property bool isConflict
    required property bool isFailed
    required property string createdText
    required property string mineText
    required property string theirsText
    required property var differences
    required property string error
    required property int baseVersion
    // The panel's controller, which keeps, takes or discards the edit.
    required property OutboxController controller
    // Room for "yours" and "theirs" side by side.
    property bool wide: true

    objectName: "outboxEdit_" + index
    Layout.fillWidth: true
    highlighted: isConflict

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 10

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · changed %2").arg(editCard.title).arg(editCard.createdText)
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            StatusChip {
                objectName: "outboxState_" + editCard.index
                text: editCard.isConflict ? qsTr("Conflict")
                                          : editCard.isFailed ? qsTr("Refused") : qsTr("Waiting to send")
                tone: editCard.isConflict || editCard.isFailed ? "danger" : "warning"
            }
        }

        Label {
            Layout.fillWidth: true
            visible: editCard.isPending
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: Account.connection === Account.Offline
                  ? qsTr("Saved here; it will be sent when the server is reachable again.")
                  : qsTr("Saved here; it is sent with the next sync.")
        }

        Label {
            Layout.fillWidth: true
            visible: editCard.error.length > 0
            wrapMode: Text.WordWrap
            // For a conflict the server's words are background; what to do is below.
            text: editCard.isConflict ? qsTr("The server said: %1").arg(editCard.error) : editCard.error
            color: editCard.isFailed ? Theme.chipText("danger") : Theme.mutedText
            font.pixelSize: editCard.isConflict ? 12 : 14
        }

        // What differs, day by day.
        Label {
            Layout.fillWidth: true
            visible: editCard.isConflict
            text: editCard.differences.length > 0 ? qsTr("What differs:") : qsTr("The two versions have the same hours; keeping yours only updates the version.")
            wrapMode: Text.WordWrap
            font.weight: Font.DemiBold
        }
        Repeater {
            model: editCard.isConflict ? editCard.differences : []
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                Layout.leftMargin: 12
                text: "• " + modelData
                wrapMode: Text.WordWrap
            }
        }

        GridLayout {
            Layout.fillWidth: true
            visible: editCard.isConflict
            columns: editCard.wide ? 2 : 1
            columnSpacing: 16
            rowSpacing: 4

            Label {
                text: qsTr("Yours (this computer)")
                font.weight: Font.DemiBold
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Theirs (on the server now)")
                font.weight: Font.DemiBold
                color: Theme.mutedText
                Layout.fillWidth: true
                visible: parent.columns === 2
            }
            Label {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                text: editCard.mineText
                font.family: "monospace"
                font.pixelSize: 12
                wrapMode: Text.WordWrap
            }
            Label {
                text: qsTr("Theirs (on the server now)")
                font.weight: Font.DemiBold
                color: Theme.mutedText
                Layout.fillWidth: true
                visible: parent.columns === 1
            }
            Label {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                text: editCard.theirsText
                font.family: "monospace"
                font.pixelSize: 12
                wrapMode: Text.WordWrap
            }
        }

        Flow {
            Layout.fillWidth: true
            visible: editCard.isConflict || editCard.isFailed
            spacing: 8

            ActionButton {
                objectName: "keepMineButton_" + editCard.index
                visible: editCard.isConflict
                enabled: !editCard.controller.busy
                highlighted: true
                text: qsTr("Keep mine")
                onClicked: editCard.controller.keepMine(editCard.seq)
            }
            ActionButton {
                objectName: "takeTheirsButton_" + editCard.index
                visible: editCard.isConflict
                enabled: !editCard.controller.busy
                text: qsTr("Take theirs")
                onClicked: editCard.controller.takeTheirs(editCard.seq)
            }
            ActionButton {
                objectName: "discardButton_" + editCard.index
                visible: editCard.isFailed
                enabled: !editCard.controller.busy
                text: qsTr("Discard this edit")
                onClicked: editCard.controller.discard(editCard.seq)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: editCard.isConflict
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: 12
            text: qsTr("Keep mine sends your version on top of the server's. Take theirs drops your edit and keeps the server's schedule.")
        }
    }
}
