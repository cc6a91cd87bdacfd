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

    SessionDetailController {
        id: detail
    }
    Clock {
        id: clock
    }

    function roleText(viewerRole, teacherName) {
        if (viewerRole === "teacher")
            return qsTr("You teach")
        if (viewerRole === "course_creator")
            return qsTr("%1 teaches your course").arg(teacherName)
        return qsTr("With %1").arg(teacherName)
    }
    function statusLabel(status) {
        switch (status) {
        case "scheduled": return qsTr("Scheduled")
        case "completed": return qsTr("Completed")
        case "no_show": return qsTr("No-show")
        case "cancelled": return qsTr("Cancelled")
        default: return status
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        anchors.bottomMargin: 0
        spacing: 16

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Bookings")
            subtitle: (App.session.roleName.indexOf("Creator") >= 0
                       ? qsTr("Sessions you teach and sessions of your courses.") : qsTr("Sessions you teach."))
                      + (App.session.timeZone.length > 0 ? " " + qsTr("Times in %1.").arg(App.session.timeZone) : "")
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

                delegate: Column {
                    id: card

                    required property int index
                    required property string sessionId
                    required property string courseTitle
                    required property string teacherName
                    required property date start
                    required property date end
                    required property string localDate
                    required property string localTimeRange
                    required property string status
                    required property int seats
                    required property int bookedSeats
                    required property string viewerRole
                    required property bool isCancelled
                    required property string teacherTimeZone

                    readonly property bool startsSoon: !isCancelled && status === "scheduled"
                                                       && start.getTime() - clock.now.getTime() < 24 * 3600 * 1000
                                                       && end.getTime() > clock.now.getTime()

                    function showDetails() {
                        details.info = {
                            sessionId: card.sessionId,
                            courseTitle: card.courseTitle,
                            when: card.localDate + ", " + card.localTimeRange,
                            status: page.statusLabel(card.status),
                            teacher: qsTr("%1 (times in %2)").arg(card.teacherName).arg(card.teacherTimeZone),
                            part: page.roleText(card.viewerRole, card.teacherName),
                            seats: qsTr("%1 of %2 booked").arg(card.bookedSeats).arg(card.seats)
                        }
                        if (detail.sessionId === card.sessionId)
                            detail.reload() // the same session again: fetch it afresh
                        else
                            detail.sessionId = card.sessionId
                        details.open()
                    }

                    objectName: "sessionRow_" + index
                    width: ListView.view.width - 12
                    spacing: 6
                    // Tab reaches every card; Enter or Space opens its details.
                    activeFocusOnTab: true
                    Keys.onReturnPressed: showDetails()
                    Keys.onEnterPressed: showDetails()
                    Keys.onSpacePressed: showDetails()
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("%1, %2, %3").arg(courseTitle).arg(localDate).arg(localTimeRange)

                    Label {
                        objectName: "sessionDay_" + card.index
                        visible: card.ListView.section !== card.ListView.previousSection
                        topPadding: card.index === 0 ? 0 : 10
                        text: card.localDate
                        font.weight: Font.DemiBold
                        color: Theme.mutedText
                    }

                    Card {
                    objectName: "sessionCard_" + card.index
                    width: parent.width
                    padding: 14
                    highlighted: card.startsSoon
                    focusRing: card.activeFocus

                    TapHandler {
                        onTapped: card.showDetails()
                    }

                    RowLayout {
                        anchors.fill: parent
                        spacing: 16

                        Label {
                            objectName: "sessionTime_" + card.index
                            Layout.preferredWidth: 110
                            Layout.alignment: Qt.AlignTop
                            text: card.localTimeRange
                            font.pixelSize: 16
                            font.weight: Font.DemiBold
                            font.strikeout: card.isCancelled
                            opacity: card.isCancelled ? 0.6 : 1
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2

                            Label {
                                objectName: "sessionTitle_" + card.index
                                Layout.fillWidth: true
                                text: card.courseTitle
                                font.pixelSize: 16
                                font.weight: Font.DemiBold
                                font.strikeout: card.isCancelled
                                opacity: card.isCancelled ? 0.6 : 1
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: page.roleText(card.viewerRole, card.teacherName)
                                color: Theme.mutedText
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: card.seats === 1
                                      ? (card.bookedSeats === 1 ? qsTr("1 student booked") : qsTr("No student booked"))
                                      : qsTr("%1 of %2 seats booked").arg(card.bookedSeats).arg(card.seats)
                                color: Theme.mutedText
                                font.pixelSize: 12
                                elide: Text.ElideRight
                            }
                        }
                        ColumnLayout {
                            Layout.alignment: Qt.AlignTop | Qt.AlignRight
                            spacing: 6

                            StatusChip {
                                objectName: "sessionStatus_" + card.index
                                Layout.alignment: Qt.AlignRight
                                // A scheduled session that is over but not yet marked completed.
                                readonly property bool ended: card.status === "scheduled"
                                                              && card.end.getTime() <= clock.now.getTime()
                                text: ended ? qsTr("Ended") : page.statusLabel(card.status)
                                tone: ended ? "neutral" : Theme.statusTone(card.status)
                            }
                            Label {
                                Layout.alignment: Qt.AlignRight
                                visible: card.startsSoon
                                text: card.start.getTime() > clock.now.getTime()
                                      ? qsTr("in %1").arg(clock.duration(card.start.getTime() - clock.now.getTime()))
                                      : qsTr("now")
                                color: Theme.link
                                font.pixelSize: 12
                                font.weight: Font.DemiBold
                            }
                        }
                    }
                    }
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

    Dialog {
        id: details

        property var info: ({})

        objectName: "sessionDetails"
        // Drawn here: Material's dialog background is an elevation layer the
        // software renderer drops, which would leave the dialog see-through.
        background: Rectangle {
            radius: 8
            color: Theme.card
            border.color: Theme.cardBorder
        }
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(520, page.width - 48)
        title: details.info.courseTitle ?? ""
        height: Math.min(implicitHeight, page.height - 48)
        standardButtons: Dialog.Close

        ScrollView {
            id: detailsScroll
            anchors.fill: parent
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: detailsScroll.availableWidth
                spacing: 8

                InfoRow {
                    Layout.fillWidth: true
                    label: qsTr("When")
                    value: details.info.when ?? ""
                }
                InfoRow {
                    Layout.fillWidth: true
                    label: qsTr("Status")
                    value: details.info.status ?? ""
                }
                InfoRow {
                    Layout.fillWidth: true
                    label: qsTr("Teacher")
                    value: details.info.teacher ?? ""
                }
                InfoRow {
                    Layout.fillWidth: true
                    label: qsTr("Your part")
                    value: details.info.part ?? ""
                }
                InfoRow {
                    Layout.fillWidth: true
                    label: qsTr("Seats")
                    value: details.info.seats ?? ""
                }
                // From the server, not the cache: course, students, attendance, recording.
                Label {
                    objectName: "sessionCourseText"
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    visible: detail.loaded && detail.courseDescription.length > 0
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                    text: qsTr("%1 — a course by %2").arg(detail.courseDescription).arg(detail.creatorName)
                }
                Label {
                    Layout.fillWidth: true
                    visible: detail.cancelReason.length > 0
                    wrapMode: Text.WordWrap
                    text: qsTr("Cancelled: %1").arg(detail.cancelReason)
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: detail.loading
                    spacing: 8
                    BusyIndicator {
                        running: detail.loading
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                    }
                    Label {
                        text: qsTr("Loading students and attendance…")
                        color: Theme.mutedText
                    }
                }
                Label {
                    objectName: "sessionDetailError"
                    Layout.fillWidth: true
                    visible: detail.error.length > 0
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                    text: detail.error
                }
                Label {
                    objectName: "sessionStudentsHeading"
                    Layout.topMargin: 6
                    visible: detail.loaded
                    font.weight: Font.DemiBold
                    text: detail.students.length === 0 ? qsTr("No students booked")
                          : detail.attendanceSummary.length > 0 ? qsTr("Students · %1").arg(detail.attendanceSummary)
                          : qsTr("Students")
                }
                Repeater {
                    model: detail.loaded ? detail.students : []
                    delegate: RowLayout {
                        id: student
                        required property var modelData
                        required property int index
                        objectName: "sessionStudent_" + index
                        Layout.fillWidth: true
                        spacing: 10
                        Label {
                            Layout.fillWidth: true
                            text: student.modelData.name
                            elide: Text.ElideRight
                            opacity: student.modelData.enrolled ? 1 : 0.6
                        }
                        Label {
                            visible: student.modelData.minutes > 0
                            text: qsTr("%1 min").arg(student.modelData.minutes)
                            color: Theme.mutedText
                            font.pixelSize: 12
                        }
                        StatusChip {
                            text: student.modelData.attendanceLabel
                            tone: student.modelData.attendance === "attended" ? "success"
                                  : student.modelData.attendance === "no_show" ? "warning"
                                  : student.modelData.attendance === "cancelled" || !student.modelData.enrolled ? "danger"
                                  : "neutral"
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: detail.recordingText.length > 0
                    spacing: 8
                    Label {
                        objectName: "sessionRecordingText"
                        Layout.fillWidth: true
                        text: detail.recordingText
                        wrapMode: Text.WordWrap
                    }
                    LinkButton {
                        visible: detail.recordingUrl.length > 0
                        text: qsTr("Open recording")
                        onClicked: Qt.openUrlExternally(detail.recordingUrl)
                    }
                }
            }
        }
    }
}
