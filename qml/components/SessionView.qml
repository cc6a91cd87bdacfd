pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App

// The one session view: Home, the calendar, Bookings, Earnings and companion:// links all
// open this. What the cache holds shows at once (also offline: who is in tonight's class);
// attendance, the course text and the recording follow from the server.
Dialog {
    id: view

    // The zone "when" is written in ("" = the lists' zone); the calendar passes "Shown in".
    property string viewerZone: ""
    readonly property alias detail: detail

    // Opens the view for a session this computer knows and reads it afresh (also the same
    // one again). Returns whether it opened (an unknown id opens nothing).
    function show(sessionId) {
        if (detail.sessionId === sessionId)
            detail.reload()
        else
            detail.sessionId = sessionId
        if (detail.found)
            open()
        return detail.found
    }

    objectName: "sessionDetails"
    // Takes the keyboard focus when open, so Escape closes it and Tab stays inside.
    focus: true
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(580, parent ? parent.width - 48 : 580)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    title: detail.title
    standardButtons: Dialog.Close
    // Drawn here: Material's dialog background is an elevation layer the software renderer
    // drops, which would leave the dialog see-through.
    background: Rectangle {
        radius: 8
        color: Theme.dialog
        border.color: Theme.cardBorder
    }

    SessionDetailController {
        id: detail
        viewerZone: view.viewerZone
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 16
                rowSpacing: 6

                component Key: Label {
                    Layout.alignment: Qt.AlignTop
                    Layout.maximumWidth: 180
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
                component Value: Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }

                Key { text: qsTr("When") }
                Value {
                    objectName: "detailsViewerTime"
                    text: detail.whenText.length > 0 ? qsTr("%1 (%2)").arg(detail.whenText).arg(detail.viewerZoneShown) : ""
                }
                Key {
                    visible: detail.teacherWhenText.length > 0
                    text: qsTr("Teacher's time")
                }
                Value {
                    objectName: "detailsTeacherTime"
                    visible: detail.teacherWhenText.length > 0
                    text: qsTr("%1 (%2)").arg(detail.teacherWhenText).arg(detail.teacherZone)
                }
                Key { text: qsTr("Teaching") }
                Value {
                    objectName: "detailsTeaching"
                    text: detail.teachingText
                }
                Key { text: qsTr("Status") }
                Value {
                    objectName: "detailsStatus"
                    text: detail.statusText
                    color: detail.status === "cancelled" ? Theme.danger : Theme.strongText
                }
                Key { text: qsTr("Seats") }
                Value {
                    objectName: "detailsSeats"
                    text: detail.seatsText
                }
                Key { text: qsTr("Price") }
                Value {
                    objectName: "detailsPrice"
                    text: detail.priceText
                }
                Key {
                    visible: detail.shareText.length > 0
                    text: qsTr("Your share")
                }
                Value {
                    objectName: "detailsShare"
                    visible: detail.shareText.length > 0
                    text: detail.shareText
                }
            }

            JoinButton {
                Layout.fillWidth: true
                sessionId: detail.sessionId
            }
            // The actions next to Join, above the class list: at 1024×640 a long list pushed
            // them out of the first screenful.
            ProposeTimeButton {
                objectName: "sessionPropose"
                Layout.fillWidth: true
                sessionId: detail.sessionId
            }
            CancelSessionButton {
                objectName: "sessionCancel"
                Layout.fillWidth: true
                sessionId: detail.sessionId
                courseTitle: detail.title
                whenText: detail.whenText
            }

            // Students: from the cache at once (the teacher's and creator's view), with
            // attendance once the server answered.
            Label {
                objectName: "sessionStudentsHeading"
                Layout.topMargin: 6
                visible: detail.studentsKnown || detail.loaded
                font.weight: Font.DemiBold
                text: detail.students.length === 0 ? qsTr("No students booked")
                      : detail.attendanceSummary.length > 0 ? qsTr("Students · %1").arg(detail.attendanceSummary)
                      : qsTr("Students · %n booked", "", detail.students.length)
            }
            Repeater {
                model: detail.students
                delegate: RowLayout {
                    id: student
                    required property var modelData
                    required property int index
                    objectName: "sessionStudent_" + index
                    Layout.fillWidth: true
                    spacing: 10
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            objectName: "sessionStudentName_" + student.index
                            Layout.fillWidth: true
                            text: student.modelData.name
                            elide: Text.ElideRight
                            opacity: student.modelData.enrolled ? 1 : 0.6
                        }
                        Label {
                            objectName: "sessionStudentZone_" + student.index
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: student.modelData.zoneText
                            color: Theme.mutedText
                            font.pixelSize: 12
                            elide: Text.ElideRight
                        }
                    }
                    Label {
                        visible: student.modelData.minutes > 0
                        text: qsTr("%1 min").arg(student.modelData.minutes)
                        color: Theme.mutedText
                        font.pixelSize: 12
                    }
                    StatusChip {
                        objectName: "sessionStudentStatus_" + student.index
                        text: student.modelData.statusText
                        tone: student.modelData.tone
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: detail.loading && !detail.studentsKnown
                spacing: 8
                BusyIndicator {
                    running: visible
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
                font.pixelSize: 12
                text: detail.studentsKnown ? qsTr("Students as saved on this computer. %1").arg(detail.error) : detail.error
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
            Label {
                objectName: "sessionCourseText"
                Layout.fillWidth: true
                Layout.topMargin: 4
                visible: detail.loaded && detail.courseDescription.length > 0
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: qsTr("%1 — a course by %2").arg(detail.courseDescription).arg(detail.creatorName)
            }
            SessionCalendarLinks {
                objectName: "sessionCalendarLinks"
                Layout.fillWidth: true
                Layout.topMargin: 4
                sessionId: detail.sessionId
            }
        }
    }
}
