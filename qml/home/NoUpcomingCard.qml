pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Home without an upcoming session: loading, nothing synced yet (offline), or no bookings.
Card {
    id: card
    // A creator whose courses S-Ts teach sees those below: this card is only about their own.
    property bool othersTeach: false

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
                    : card.othersTeach ? qsTr("No class of your own coming up") : qsTr("No upcoming sessions")
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
