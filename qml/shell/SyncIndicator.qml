pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Where the account's data stands, at the foot of the navigation rail: online
// or offline, when it last synced, a progress bar while syncing, "Sync now",
// and the edits still waiting in the outbox (a click opens them).
Pane {
    id: root

    signal outboxRequested()

    // The compact rail: the status dot and a Sync button with the details in its tooltip.
    property bool compact: false

    readonly property bool ready: Account.ready
    readonly property bool offline: Account.connection === Account.Offline
                                    || Account.connection === Account.OfflineNoData
    readonly property bool syncing: ready && Account.sync.syncing
    readonly property string error: ready ? Account.sync.lastError : ""
    readonly property int pending: ready ? Account.sync.pendingEdits : 0
    readonly property int conflicts: ready ? Account.sync.conflicts : 0
    readonly property int failed: outbox.failedCount
    // This run's last sync, else what the cache remembers from earlier runs.
    readonly property var lastSynced: {
        const live = ready ? Account.sync.lastSyncedAt : undefined
        if (live && !isNaN(live.getTime()))
            return live
        const saved = outbox.cacheUpdatedAt
        return saved && !isNaN(saved.getTime()) ? saved : undefined
    }
    readonly property string status: !ready ? "opening"
                                    : syncing ? "syncing"
                                    : offline ? "offline"
                                    : conflicts > 0 ? "conflict"
                                    : error.length > 0 ? "error"
                                    : "ok"

    objectName: "syncIndicator"
    padding: 12
    background: Rectangle {
        color: "transparent"
        border.width: 0
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.cardBorder
        }
    }

    Clock {
        id: clock
    }
    OutboxController {
        id: outbox
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: !root.compact
            Layout.alignment: Qt.AlignHCenter
            spacing: 8

            Rectangle {
                objectName: "syncStatusDot"
                Layout.alignment: Qt.AlignVCenter
                width: 10
                height: 10
                radius: 5
                color: root.status === "ok" ? "#43a047"
                     : root.status === "syncing" ? "#26a69a"
                     : root.status === "offline" ? "#f9a825"
                     : root.status === "error" || root.status === "conflict" ? "#e53935"
                     : "#9e9e9e"
            }
            Label {
                id: syncStatusText
                objectName: "syncStatusText"
                visible: !root.compact
                Layout.fillWidth: true
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                text: {
                    switch (root.status) {
                    case "opening": return qsTr("Opening saved data…")
                    case "syncing": return qsTr("Syncing…")
                    case "offline": return qsTr("Offline")
                    case "error": return qsTr("Sync problem")
                    case "conflict": return qsTr("Needs a decision")
                    default: return qsTr("Up to date")
                    }
                }
            }
        }

        ProgressBar {
            objectName: "syncProgress"
            Layout.fillWidth: true
            visible: root.syncing
            from: 0
            to: 1
            value: root.ready ? Account.sync.progress : 0
        }

        Label {
            id: syncDetailText
            objectName: "syncDetailText"
            // Compact: said by the Sync button's tooltip instead.
            opacity: root.compact ? 0 : 1
            Layout.maximumHeight: root.compact ? 0 : -1
            Layout.fillWidth: true
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            text: {
                const when = root.lastSynced ? clock.ago(root.lastSynced) : ""
                switch (root.status) {
                case "opening":
                    return ""
                case "offline":
                    return when.length > 0 ? qsTr("Showing data last synced %1. Edits wait until the server is back.").arg(when)
                                           : qsTr("Nothing saved yet. Data appears after the first sync.")
                case "error":
                    return root.error
                case "syncing":
                    return when.length > 0 ? qsTr("Last synced %1").arg(when) : qsTr("First sync of this account")
                default:
                    return when.length > 0 ? qsTr("Synced %1").arg(when) : ""
                }
            }
            visible: text.length > 0
        }

        LinkButton {
            id: syncOutboxButton
            objectName: "syncOutboxButton"
            Layout.fillWidth: true
            visible: !root.compact && root.pending + root.conflicts + root.failed > 0
            font.pixelSize: 12
            danger: root.conflicts + root.failed > 0
            text: {
                const parts = []
                if (root.conflicts > 0)
                    parts.push(qsTr("%n conflict(s)", "", root.conflicts))
                if (root.failed > 0)
                    parts.push(qsTr("%n refused edit(s)", "", root.failed))
                if (root.pending > 0)
                    parts.push(qsTr("%n edit(s) waiting", "", root.pending))
                return parts.join(" · ")
            }
            onClicked: root.outboxRequested()
        }

        ActionButton {
            objectName: "syncNowButton"
            visible: !root.compact
            Layout.fillWidth: true
            text: root.syncing ? qsTr("Syncing…") : qsTr("Sync now")
            enabled: root.ready && !root.syncing
            onClicked: Account.syncNow()
        }
        // Compact: one round button; waiting edits show as a count on it and open the outbox.
        ToolButton {
            objectName: "syncNowCompact"
            visible: root.compact
            Layout.alignment: Qt.AlignHCenter
            icon.source: "icons/sync.svg"
            icon.color: root.status === "error" || root.status === "conflict" ? Theme.danger : Theme.link
            enabled: root.ready && !root.syncing
            display: AbstractButton.IconOnly
            text: root.syncing ? qsTr("Syncing…") : qsTr("Sync now")
            Accessible.name: text + ". " + syncStatusText.text + ". " + syncDetailText.text
            ToolTip.visible: hovered
            ToolTip.text: syncStatusText.text + (syncDetailText.text.length > 0 ? "\n" + syncDetailText.text : "")
                          + (syncOutboxButton.text.length > 0 && root.pending + root.conflicts + root.failed > 0 ? "\n" + syncOutboxButton.text : "")
            onClicked: root.pending + root.conflicts + root.failed > 0 ? root.outboxRequested() : Account.syncNow()
        }
    }
}
