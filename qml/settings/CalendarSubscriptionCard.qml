pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Settings' calendar subscription: a private address that Google Calendar, Apple Calendar and
// other calendar apps keep in sync with your sessions. The address is a key to your
// calendar, so it can be replaced (Rotate) or switched off (Revoke).
GroupBox {
    id: card

    readonly property alias feed: feed

    objectName: "calendarSubscriptionGroup"
    title: qsTr("Calendar subscription")

    CalendarFeedController {
        id: feed
    }
    Component.onCompleted: if (Account.connection === Account.Online) feed.load()
    Connections {
        target: Account
        function onConnectionChanged() {
            if (Account.connection === Account.Online && !feed.loaded && !feed.revoked && !feed.loading)
                feed.load()
        }
    }

    component UrlRow: RowLayout {
        id: row
        required property string label
        required property string url
        required property string copyName
        Layout.fillWidth: true
        spacing: 8
        Label {
            Layout.preferredWidth: Math.max(implicitWidth, 180)
            text: row.label
            color: Theme.mutedText
        }
        TextField {
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            text: row.url
            // The address's start (its scheme and host) is what a reader checks.
            onTextChanged: cursorPosition = 0
            Accessible.name: row.label
        }
        ActionButton {
            objectName: row.copyName
            text: qsTr("Copy")
            Accessible.description: qsTr("Copies %1 to the clipboard.").arg(row.label)
            onClicked: feed.copy(row.url)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Subscribe once and your sessions appear in your calendar app, with changes and cancellations following on their own. Sessions you teach and those taught in your courses are included; cancelled ones disappear.")
        }
        Label {
            objectName: "calendarFeedState"
            Layout.fillWidth: true
            visible: !feed.loaded
            wrapMode: Text.Wrap
            color: feed.error.length > 0 ? Theme.danger : Theme.mutedText
            text: feed.error.length > 0 ? feed.error
                : feed.loading ? qsTr("Getting your calendar address…")
                : feed.revoked ? qsTr("Your calendar address is switched off.")
                : Account.connection === Account.Online ? ""
                : qsTr("Your calendar address needs a connection to the platform. Exporting a file works offline.")
        }
        UrlRow {
            visible: feed.loaded
            label: qsTr("Apple Calendar and apps")
            url: feed.webcalUrl
            copyName: "copyWebcalButton"
        }
        UrlRow {
            visible: feed.loaded
            label: qsTr("Google Calendar")
            url: feed.url
            copyName: "copyHttpsButton"
        }
        Flow {
            Layout.fillWidth: true
            visible: feed.loaded
            spacing: 8
            ActionButton {
                objectName: "openInCalendarAppButton"
                primary: true
                text: qsTr("Open in Apple Calendar / your calendar app")
                onClicked: feed.openInCalendarApp()
            }
            ActionButton {
                objectName: "addFeedToGoogleButton"
                text: qsTr("Add to Google Calendar")
                Accessible.description: qsTr("Opens Google Calendar's page for adding a calendar from an address.")
                onClicked: feed.addToGoogleCalendar()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: feed.loaded
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("Google Calendar refreshes subscribed calendars only every several hours (often 8 to 24), so a change can take that long to show there; Apple Calendar lets you choose how often. If Google does not add it, paste the Google Calendar address under Other calendars → From URL.")
        }
        Label {
            objectName: "calendarFeedNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            text: feed.notice
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            ActionButton {
                objectName: "rotateFeedButton"
                visible: feed.loaded
                enabled: !feed.loading
                text: qsTr("Rotate address")
                Accessible.description: qsTr("Makes a new address; the old one stops working at once.")
                onClicked: feed.rotate()
            }
            ActionButton {
                objectName: "revokeFeedButton"
                visible: feed.loaded
                enabled: !feed.loading
                text: qsTr("Revoke")
                Accessible.description: qsTr("Switches the address off; subscribed calendars stop updating.")
                onClicked: feed.revoke()
            }
            ActionButton {
                objectName: "createFeedButton"
                visible: !feed.loaded && !feed.loading && Account.connection === Account.Online
                text: feed.revoked ? qsTr("Make a new address") : qsTr("Try again")
                onClicked: feed.load()
            }
        }
    }
}
