pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Bookings: the account's sessions as cards in three tabs (upcoming, past,
// cancelled) with their counts, grouped by day, times in the user's own zone; a search over
// course, teacher and student names, and a choice of course and teacher.
Page {
    id: page
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Bookings")

    readonly property var filters: [SessionListModel.Upcoming, SessionListModel.Past, SessionListModel.Cancelled]
    readonly property bool offlineWithoutData: Account.connection === Account.OfflineNoData
    readonly property alias sessionView: details

    objectName: "bookingsPage"
    background: null

    readonly property bool narrowed: Account.sessions.searchText.length > 0 || Account.sessions.courseId.length > 0
                                     || Account.sessions.teacherId.length > 0

    // The tabs drive the shared model's filter only while this page is shown;
    // leaving the page gives the upcoming sessions back to whoever reads them.
    function applyFilter() {
        Account.sessions.filter = page.visible ? page.filters[tabs.currentIndex] : SessionListModel.Upcoming
    }
    // A choice's rows: "All …" first, then the model's [{id, name}].
    function withAll(label, rows) {
        const all = [{ id: "", name: label }]
        for (let i = 0; i < rows.length; ++i)
            all.push(rows[i])
        return all
    }
    function clearNarrowing() {
        search.text = ""
        Account.sessions.searchText = ""
        Account.sessions.courseId = ""
        Account.sessions.teacherId = ""
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
                text: qsTr("Upcoming (%1)").arg(Account.sessions.upcomingCount)
            }
            TabButton {
                objectName: "bookingsTabPast"
                text: qsTr("Past (%1)").arg(Account.sessions.pastCount)
            }
            TabButton {
                objectName: "bookingsTabCancelled"
                text: qsTr("Cancelled (%1)").arg(Account.sessions.cancelledCount)
            }
        }

        // Search and choices: they narrow every tab (the counts follow).
        Flow {
            Layout.fillWidth: true
            spacing: 12

            TextField {
                id: search
                objectName: "bookingsSearch"
                width: Math.min(320, page.width - 64)
                placeholderText: qsTr("Search course, teacher or student")
                Accessible.name: qsTr("Search sessions")
                selectByMouse: true
                // Typing narrows as it goes; a short pause keeps 10 000 sessions smooth.
                onTextChanged: searchDelay.restart()
                Keys.onEscapePressed: text = ""
                Timer {
                    id: searchDelay
                    interval: 150
                    onTriggered: Account.sessions.searchText = search.text
                }
            }
            ComboBox {
                id: courseChoice
                objectName: "bookingsCourse"
                width: Math.min(260, page.width - 64)
                visible: Account.sessions.courses.length > 1
                Accessible.name: qsTr("Course")
                textRole: "name"
                valueRole: "id"
                model: page.withAll(qsTr("All courses"), Account.sessions.courses)
                currentIndex: Math.max(0, indexOfValue(Account.sessions.courseId))
                onActivated: Account.sessions.courseId = currentValue
            }
            ComboBox {
                id: teacherChoice
                objectName: "bookingsTeacher"
                width: Math.min(220, page.width - 64)
                visible: Account.sessions.teachers.length > 1
                Accessible.name: qsTr("Teacher")
                textRole: "name"
                valueRole: "id"
                model: page.withAll(qsTr("All teachers"), Account.sessions.teachers)
                currentIndex: Math.max(0, indexOfValue(Account.sessions.teacherId))
                onActivated: Account.sessions.teacherId = currentValue
            }
            LinkButton {
                objectName: "bookingsClearFilters"
                visible: page.narrowed
                text: qsTr("Show all")
                onClicked: page.clearNarrowing()
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
                    onDetailsRequested: id => details.show(id)
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
                       : page.narrowed ? qsTr("No session matches")
                       : tabs.currentIndex === 0 ? qsTr("No upcoming sessions")
                       : tabs.currentIndex === 1 ? qsTr("No past sessions yet")
                       : qsTr("Nothing cancelled")
                explanation: page.offlineWithoutData
                             ? qsTr("Companion is offline and has not synced this account before. Sessions appear after the first sync.")
                             : page.narrowed
                             ? qsTr("Nothing in this tab matches the search or the chosen course and teacher. The other tabs' counts show where matches are.")
                             : tabs.currentIndex === 0
                               ? qsTr("When a student books one of your free slots, the session appears here with its time in your zone. More free hours mean more bookings.")
                               : tabs.currentIndex === 1
                                 ? qsTr("Sessions move here once they end, with whether they were completed or a no-show.")
                                 : qsTr("Sessions cancelled by you, a student or the platform are listed here.")
                actionText: page.narrowed ? qsTr("Show all")
                            : tabs.currentIndex === 0 && !page.offlineWithoutData ? qsTr("Open availability") : ""
                onActionTriggered: {
                    if (page.narrowed)
                        page.clearNarrowing()
                    else
                        App.currentPage = "calendar"
                }
            }
        }
    }

    CalendarExportDialog {
        id: exportDialog
    }

    SessionView {
        id: details
    }
}
