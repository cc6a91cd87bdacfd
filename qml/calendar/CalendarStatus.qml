pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// What the calendar says about its data and edits: offline, edits waiting in the
// outbox, conflicts to resolve, an edit that was refused, a sync error.
ColumnLayout {
    id: root

    required property CalendarController controller
    readonly property bool hasSync: Account.ready
    readonly property int pending: hasSync ? Account.sync.pendingEdits : 0
    // Signed in from the keyring without reaching the server, or the sync lost the network.
    readonly property bool offline: Account.connection === Account.Offline
                                     || Account.connection === Account.OfflineNoData
    // Whether any notice shows (not derived from the layout: a hidden layout has no height).
    readonly property bool hasNotice: offline || pending > 0 || controller.editor.conflictEdits.length > 0
                                      || controller.editor.editError.length > 0
                                      || (hasSync && Account.sync.lastError.length > 0)
    spacing: 6

    component Notice: Rectangle {
        id: notice
        property alias text: noticeLabel.text
        property alias objectLabelName: noticeLabel.objectName
        property color tint: Theme.panel
        property color edge: Theme.panelBorder
        default property alias actions: actionRow.data
        Layout.fillWidth: true
        implicitHeight: Math.max(noticeLabel.implicitHeight, actionRow.implicitHeight) + 12
        radius: 6
        color: tint
        border.color: edge
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 8
            spacing: 8
            Label {
                id: noticeLabel
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            RowLayout {
                id: actionRow
                spacing: 4
            }
        }
    }

    Notice {
        visible: root.offline
        objectLabelName: "calendarOfflineNotice"
        tint: Theme.dark ? "#3d3514" : "#fff4cc"
        edge: Theme.dark ? "#7a6a1e" : "#e6c85c"
        text: root.pending > 0
              ? qsTr("Offline — %1 saved on this computer, sent when the connection is back.").arg(qsTr("%n edit(s)", "", root.pending))
              : qsTr("Offline — you can still edit your hours; edits are kept on this computer and sent when the connection is back.")
    }
    Notice {
        visible: !root.offline && root.pending > 0
        objectLabelName: "calendarPendingNotice"
        text: qsTr("Saving… %n edit(s) waiting to reach the server.", "", root.pending)
    }
    Repeater {
        model: root.controller.editor.conflictEdits
        delegate: Notice {
            id: conflict
            required property var modelData
            objectLabelName: "calendarConflictNotice"
            tint: Theme.vacation
            edge: Theme.vacationText
            text: qsTr("Your availability changed elsewhere while this edit waited (server version %1). Keep your version or take the server's?")
                  .arg(conflict.modelData.serverVersion)
            Button {
                objectName: "keepMineButton"
                // No elevation: the software renderer drops elevated backgrounds entirely.
                Material.elevation: 0
                text: qsTr("Keep mine")
                onClicked: root.controller.editor.resolveConflict(conflict.modelData.seq, true)
            }
            Button {
                objectName: "takeTheirsButton"
                text: qsTr("Take theirs")
                flat: true
                onClicked: root.controller.editor.resolveConflict(conflict.modelData.seq, false)
            }
        }
    }
    Notice {
        visible: root.controller.editor.editError.length > 0
        objectLabelName: "calendarEditError"
        tint: Theme.vacation
        edge: Theme.vacationText
        text: root.controller.editor.editError
    }
    Notice {
        visible: !root.offline && root.hasSync && Account.sync.lastError.length > 0
        objectLabelName: "calendarSyncError"
        text: qsTr("Last sync failed: %1").arg(root.hasSync ? Account.sync.lastError : "")
        Button {
            text: qsTr("Retry")
            flat: true
            onClicked: Account.syncNow()
        }
    }
}
