pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// One session's details, in the viewer's and in the teacher's zone.
Dialog {
    id: dialog
    // Takes the keyboard focus when open, so Escape closes it and Tab stays inside.
    focus: true

    required property CalendarController controller
    property var session: ({})

    function show(id) {
        session = controller.sessionDetails(id)
        if (session.id === undefined)
            return
        // Who came, from the server (attendance is not cached).
        if (roomDetail.sessionId === id)
            roomDetail.reload()
        else
            roomDetail.sessionId = id
        open()
    }

    SessionDetailController {
        id: roomDetail
    }

    objectName: "sessionDetails"
    title: session.title !== undefined ? session.title : ""
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)
    standardButtons: Dialog.Close

    // The software renderer draws no Material elevation, and with it no dialog background:
    // paint one.
    background: Rectangle {
        radius: 6
        color: dialog.Material.dialogColor
        border.color: dialog.Material.dividerColor
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 16
        rowSpacing: 6

        component Key: Label {
            Layout.alignment: Qt.AlignTop
            color: Theme.mutedText
        }
        component Value: Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }

        Key { text: qsTr("Status") }
        Value {
            objectName: "detailsStatus"
            text: dialog.session.status === "cancelled" ? qsTr("Cancelled") + (dialog.session.cancelReason ? " — " + dialog.session.cancelReason : "")
                : dialog.session.status === "no_show" ? qsTr("No-show")
                : dialog.session.status === "completed" ? qsTr("Completed") : qsTr("Scheduled")
        }
        Key { text: qsTr("Time (%1)").arg(dialog.session.viewerZone || "") }
        Value {
            objectName: "detailsViewerTime"
            text: dialog.session.viewerTime || ""
        }
        Key {
            visible: dialog.session.teacherZone !== dialog.session.viewerZone
            text: qsTr("Teacher's time (%1)").arg(dialog.session.teacherZone || "")
        }
        Value {
            visible: dialog.session.teacherZone !== dialog.session.viewerZone
            text: dialog.session.teacherTime || ""
        }
        Key { text: qsTr("Teacher") }
        Value { text: (dialog.session.teacher || "") + (dialog.session.own ? " " + qsTr("(you)") : "") }
        Key { text: qsTr("Seats") }
        Value { text: dialog.session.seats || "" }
        Key { text: qsTr("Price") }
        Value { text: dialog.session.price || "" }
        AttendanceList {
            objectName: "sessionAttendance"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.topMargin: 6
            rows: roomDetail.attendance
        }
        JoinButton {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.topMargin: 6
            sessionId: dialog.session.id ?? ""
        }
        SessionCalendarLinks {
            objectName: "sessionCalendarLinks"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.topMargin: 6
            sessionId: dialog.session.id ?? ""
        }
        ProposeTimeButton {
            objectName: "sessionPropose"
            Layout.fillWidth: true
            Layout.columnSpan: 2
            sessionId: dialog.session.id ?? ""
        }
        CancelSessionButton {
            objectName: "sessionCancel"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            sessionId: dialog.session.id ?? ""
            courseTitle: dialog.session.title ?? ""
            whenText: dialog.session.viewerTime ?? ""
        }
    }
}
