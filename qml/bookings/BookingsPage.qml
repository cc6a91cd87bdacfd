pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Bookings: the account's sessions as cards in three tabs (upcoming, past,
// cancelled), grouped by day, times in the user's own zone.
Page {
    id: page
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Bookings")

    readonly property var filters: [SessionListModel.Upcoming, SessionListModel.Past, SessionListModel.Cancelled]
    readonly property bool offlineWithoutData: Account.connection === Account.OfflineNoData

    objectName: "bookingsPage"
    background: null

    // The tabs drive the shared model's filter only while this page is shown;
    // leaving the page gives Home its upcoming sessions back.
    function applyFilter() {
        Account.sessions.filter = page.visible ? page.filters[tabs.currentIndex] : SessionListModel.Upcoming
    }
    onVisibleChanged: applyFilter()
    Component.onCompleted: applyFilter()

    Clock {
        id: pageClock
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        anchors.bottomMargin: 0
        spacing: 16

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Bookings")
                subtitle: (App.session.creator
                           ? qsTr("Sessions you teach and sessions of your courses.") : qsTr("Sessions you teach."))
                          + (App.session.timeZone.length > 0 ? " " + qsTr("Times in %1.").arg(App.session.timeZone) : "")
            }
            ActionButton {
                objectName: "exportButton"
                Layout.alignment: Qt.AlignTop
                text: qsTr("Export…")
                Accessible.description: qsTr("Saves sessions as a calendar file for Google or Apple Calendar.")
                onClicked: exportDialog.open()
            }
        }

        TabBar {
            id: tabs
            objectName: "bookingsTabs"
            Layout.fillWidth: true
            Layout.maximumWidth: 520
            background: null
            onCurrentIndexChanged: page.applyFilter()

            TabButton {
                objectName: "bookingsTabUpcoming"
                text: qsTr("Upcoming")
            }
            TabButton {
                objectName: "bookingsTabPast"
                text: qsTr("Past")
            }
            TabButton {
                objectName: "bookingsTabCancelled"
                text: qsTr("Cancelled")
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list

                objectName: "bookingsList"
                anchors.fill: parent
                visible: count > 0
                clip: true
                spacing: 8
                bottomMargin: 24
                model: Account.sessions
                // Day headings come from the delegates (ListView.section): with
                // `pragma ComponentBehavior: Bound`, Qt 6.4 cannot create a
                // section.delegate ("Component is not ready").
                section.property: "localDate"
                section.criteria: ViewSection.FullString
                ScrollBar.vertical: ScrollBar {}

                delegate: SessionDelegate {
                    clock: pageClock
                    onDetailsRequested: info => details.show(info)
                }
            }

            LoadingState {
                anchors.fill: parent
                visible: list.count === 0 && !Account.settled
                text: qsTr("Loading your sessions…")
            }

            EmptyState {
                objectName: "bookingsEmpty"
                anchors.fill: parent
                visible: list.count === 0 && Account.settled
                title: page.offlineWithoutData ? qsTr("No sessions saved on this computer yet")
                       : tabs.currentIndex === 0 ? qsTr("No upcoming sessions")
                       : tabs.currentIndex === 1 ? qsTr("No past sessions yet")
                       : qsTr("Nothing cancelled")
                explanation: page.offlineWithoutData
                             ? qsTr("Companion is offline and has not synced this account before. Sessions appear after the first sync.")
                             : tabs.currentIndex === 0
                               ? qsTr("When a student books one of your free slots, the session appears here with its time in your zone. More free hours mean more bookings.")
                               : tabs.currentIndex === 1
                                 ? qsTr("Sessions move here once they end, with whether they were completed or a no-show.")
                                 : qsTr("Sessions cancelled by you, a student or the platform are listed here.")
                actionText: tabs.currentIndex === 0 && !page.offlineWithoutData ? qsTr("Open availability") : ""
                onActionTriggered: App.currentPage = "calendar"
            }
        }
    }

    CalendarExportDialog {
        id: exportDialog
    }

    SessionDetailDialog {
        id: details
        width: Math.min(520, page.width - 48)
        height: Math.min(implicitHeight, page.height - 48)
    }
}
