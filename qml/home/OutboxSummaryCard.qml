pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Your changes on Home: conflicts to resolve, edits waiting to be sent, or all
// on the server, with a link to the outbox in Settings.
Card {
    id: card

    readonly property int pending: Account.ready ? Account.sync.pendingEdits : 0
    readonly property int conflicts: Account.ready ? Account.sync.conflicts : 0

    objectName: "outboxSummaryCard"
    highlighted: card.conflicts > 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            objectName: "outboxSummary"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.weight: Font.DemiBold
            text: !Account.ready ? qsTr("Not signed in")
                  : card.conflicts > 0
                    ? qsTr("%n edit(s) conflict with changes made elsewhere", "", card.conflicts)
                  : card.pending > 0
                    ? qsTr("%n edit(s) waiting to be sent", "", card.pending)
                    : qsTr("All your changes are on the server")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: card.conflicts > 0 ? qsTr("Nothing is lost. Choose which version of your availability to keep.")
                  : card.pending > 0 ? qsTr("They are saved on this computer and go out with the next sync.")
                  : qsTr("Edits you make offline wait here until the server is reachable.")
        }
        LinkButton {
            objectName: "resolveButton"
            visible: card.conflicts + card.pending > 0
            danger: card.conflicts > 0
            text: card.conflicts > 0 ? qsTr("Resolve in Settings →") : qsTr("See them in Settings →")
            onClicked: App.currentPage = "settings"
        }
    }
}
