pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The outbox: edits made on this computer that the server has not taken yet.
// Conflicts (someone changed the schedule elsewhere) are resolved here with
// "Keep mine" or "Take theirs"; edits the server refused can be discarded.
ColumnLayout {
    id: panel

    readonly property int count: outbox.count

    spacing: 12

    OutboxController {
        id: outbox
    }

    Label {
        Layout.fillWidth: true
        visible: outbox.count > 0
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        text: qsTr("Changes you make are saved on this computer first and sent in order. If your schedule was changed elsewhere in the meantime (on the web or another computer), choose which version to keep: nothing is thrown away until you decide.")
    }

    Label {
        objectName: "outboxEmptyText"
        Layout.fillWidth: true
        visible: outbox.count === 0
        wrapMode: Text.WordWrap
        text: Account.ready ? qsTr("Nothing is waiting: every change you made is on the server.")
                            : qsTr("Sign in to see changes waiting to sync.")
        color: Theme.mutedText
    }

    Label {
        objectName: "outboxError"
        Layout.fillWidth: true
        visible: outbox.lastError.length > 0
        text: outbox.lastError
        wrapMode: Text.WordWrap
        color: Theme.chipText("danger")
    }

    Repeater {
        model: outbox.edits

        delegate: OutboxEditDelegate {
            controller: outbox
            wide: panel.width > 520
        }
    }
}
