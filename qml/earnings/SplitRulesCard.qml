pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.Components

// How a payment is split between teacher, course creator and platform, in words.
Card {
    objectName: "earningsRules"

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            text: qsTr("How your share is worked out")
            font.weight: Font.DemiBold
            font.pixelSize: 15
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("• A creator teaches their own course: the creator gets 85%, the platform 15%.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("• An S-T teaches a creator's course: the S-T gets 70%, the course's creator 15%, the platform 15%.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Each share is rounded down to the cent and the platform takes the cents left over, so the shares always add up to exactly what the student paid. A payment is pending when it is booked, transferred when it reaches your Stripe balance, and paid out when it is sent to your bank.")
        }
    }
}
