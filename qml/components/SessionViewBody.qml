pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App

// What a SessionView shows: its details, Join and the actions, the class, the recording and
// the calendar links. Made when the view opens (SessionView's Loader).
ScrollView {
    id: scroll

    required property SessionDetailController detail

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
                text: scroll.detail.whenText.length > 0 ? qsTr("%1 (%2)").arg(scroll.detail.whenText).arg(scroll.detail.viewerZoneShown) : ""
            }
            Key {
                visible: scroll.detail.teacherWhenText.length > 0
                text: qsTr("Teacher's time")
            }
            Value {
                objectName: "detailsTeacherTime"
                visible: scroll.detail.teacherWhenText.length > 0
                text: qsTr("%1 (%2)").arg(scroll.detail.teacherWhenText).arg(scroll.detail.teacherZone)
            }
            Key { text: qsTr("Teaching") }
            Value {
                objectName: "detailsTeaching"
                text: scroll.detail.teachingText
            }
            Key { text: qsTr("Status") }
            Value {
                objectName: "detailsStatus"
                text: scroll.detail.statusText
                color: scroll.detail.status === "cancelled" ? Theme.danger : Theme.strongText
            }
            Key { text: qsTr("Seats") }
            Value {
                objectName: "detailsSeats"
                text: scroll.detail.seatsText
            }
            Key { text: qsTr("Price") }
            Value {
                objectName: "detailsPrice"
                text: scroll.detail.priceText
            }
            Key {
                visible: scroll.detail.shareText.length > 0
                text: qsTr("Your share")
            }
            Value {
                objectName: "detailsShare"
                visible: scroll.detail.shareText.length > 0
                text: scroll.detail.shareText
            }
        }

        JoinButton {
            Layout.fillWidth: true
            sessionId: scroll.detail.sessionId
        }
        // The actions next to Join, above the class list: at 1024×640 a long list pushed
        // them out of the first screenful.
        ProposeTimeButton {
            objectName: "sessionPropose"
            Layout.fillWidth: true
            sessionId: scroll.detail.sessionId
        }
        CancelSessionButton {
            objectName: "sessionCancel"
            Layout.fillWidth: true
            sessionId: scroll.detail.sessionId
            courseTitle: scroll.detail.title
            whenText: scroll.detail.whenText
        }

        // Students: from the cache at once (the teacher's and creator's view), with
        // attendance once the server answered.
        Label {
            objectName: "sessionStudentsHeading"
            Layout.topMargin: 6
            visible: scroll.detail.studentsKnown || scroll.detail.loaded
            font.weight: Font.DemiBold
            text: scroll.detail.students.length === 0 ? qsTr("No students booked")
                  : scroll.detail.attendanceSummary.length > 0 ? qsTr("Students · %1").arg(scroll.detail.attendanceSummary)
                  : qsTr("Students · %n booked", "", scroll.detail.students.length)
        }
        Repeater {
            model: scroll.detail.students
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
            visible: scroll.detail.loading && !scroll.detail.studentsKnown
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
            visible: scroll.detail.error.length > 0
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: 12
            text: scroll.detail.studentsKnown ? qsTr("Students as saved on this computer. %1").arg(scroll.detail.error) : scroll.detail.error
        }
        AttendanceList {
            objectName: "sessionAttendance"
            Layout.fillWidth: true
            Layout.topMargin: 4
            rows: scroll.detail.attendance
        }
        RowLayout {
            Layout.fillWidth: true
            visible: scroll.detail.recordingText.length > 0
            spacing: 8
            Label {
                objectName: "sessionRecordingText"
                Layout.fillWidth: true
                text: scroll.detail.recordingText
                wrapMode: Text.WordWrap
            }
            LinkButton {
                visible: scroll.detail.recordingUrl.length > 0
                text: qsTr("Open recording")
                onClicked: Qt.openUrlExternally(scroll.detail.recordingUrl)
            }
        }
        Label {
            objectName: "sessionCourseText"
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: scroll.detail.loaded && scroll.detail.courseDescription.length > 0
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("%1 — a course by %2").arg(scroll.detail.courseDescription).arg(scroll.detail.creatorName)
        }
        SessionCalendarLinks {
            objectName: "sessionCalendarLinks"
            Layout.fillWidth: true
            Layout.topMargin: 4
            sessionId: scroll.detail.sessionId
        }
    }
}
