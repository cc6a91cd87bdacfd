pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// A session's details: what the bookings list knows at once, then course,
// students with their attendance, and the recording, fetched from the server.
// The page sets the size (it knows how much room it has).
Dialog {
    id: details
    // Takes the keyboard focus when open, so Escape closes it and Tab stays inside.
    focus: true

    // What the list row already knows, shown at once: courseTitle, when, status,
    // teacher, part, seats (texts). The rest comes from the server.
    property var info: ({})

    // Opens the dialog for a session and fetches it afresh (also the same one again).
    function show(info) {
        details.info = info
        if (detail.sessionId === info.sessionId)
            detail.reload()
        else
            detail.sessionId = info.sessionId
        details.open()
    }

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
    title: details.info.courseTitle ?? ""
    standardButtons: Dialog.Close

    SessionDetailController {
        id: detail
    }

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
            JoinButton {
                Layout.fillWidth: true
                Layout.topMargin: 4
                sessionId: details.info.sessionId ?? ""
            }
            SessionCalendarLinks {
                objectName: "sessionCalendarLinks"
                Layout.fillWidth: true
                Layout.topMargin: 4
                sessionId: details.info.sessionId ?? ""
            }
            ProposeTimeButton {
                objectName: "sessionPropose"
                Layout.fillWidth: true
                sessionId: details.info.sessionId ?? ""
            }
            CancelSessionButton {
                objectName: "sessionCancel"
                Layout.fillWidth: true
                sessionId: details.info.sessionId ?? ""
                courseTitle: details.info.courseTitle ?? ""
                whenText: details.info.when ?? ""
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
            AttendanceList {
                objectName: "sessionAttendance"
                Layout.fillWidth: true
                Layout.topMargin: 4
                rows: detail.attendance
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
