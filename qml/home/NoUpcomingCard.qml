pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Home without an upcoming session: loading, nothing synced yet (offline), or no bookings.
Card {
    objectName: "nextSessionEmpty"

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: !Account.settled
            running: visible
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.weight: Font.DemiBold
            text: !Account.settled ? qsTr("Loading your sessions…")
                  : Account.connection === Account.OfflineNoData
                    ? qsTr("Nothing saved on this computer yet")
                    : qsTr("No upcoming sessions")
        }
        Label {
            Layout.fillWidth: true
            visible: Account.settled
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: Account.connection === Account.OfflineNoData
                  ? qsTr("Companion is offline and has not synced this account before. Your sessions appear after the first sync.")
                  : qsTr("When a student books one of your free slots it shows up here, with a Join button from 10 minutes before the start.")
        }
    }
}
