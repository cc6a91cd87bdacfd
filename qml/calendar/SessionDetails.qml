pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// One session's details, in the viewer's and in the teacher's zone.
Dialog {
    id: dialog

    required property CalendarController controller
    property var session: ({})

    function show(id) {
        session = controller.sessionDetails(id)
        if (session.id !== undefined)
            open()
    }

    objectName: "sessionDetails"
    title: session.title !== undefined ? session.title : ""
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 40 : 520)
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        InfoRow {
            objectName: "detailsStatus"
            Layout.fillWidth: true
            label: qsTr("Status")
            value: dialog.session.status === "cancelled" ? qsTr("Cancelled") + (dialog.session.cancelReason ? " — " + dialog.session.cancelReason : "")
                 : dialog.session.status === "no_show" ? qsTr("No-show")
                 : dialog.session.status === "completed" ? qsTr("Completed") : qsTr("Scheduled")
        }
        InfoRow {
            objectName: "detailsViewerTime"
            Layout.fillWidth: true
            label: qsTr("Time (%1)").arg(dialog.session.viewerZone || "")
            value: dialog.session.viewerTime || ""
        }
        InfoRow {
            Layout.fillWidth: true
            visible: dialog.session.teacherZone !== dialog.session.viewerZone
            label: qsTr("Teacher's time (%1)").arg(dialog.session.teacherZone || "")
            value: dialog.session.teacherTime || ""
        }
        InfoRow {
            Layout.fillWidth: true
            label: qsTr("Teacher")
            value: (dialog.session.teacher || "") + (dialog.session.own ? " " + qsTr("(you)") : "")
        }
        InfoRow {
            Layout.fillWidth: true
            label: qsTr("Seats")
            value: dialog.session.seats || ""
        }
        InfoRow {
            Layout.fillWidth: true
            label: qsTr("Price")
            value: dialog.session.price || ""
        }
    }
}
