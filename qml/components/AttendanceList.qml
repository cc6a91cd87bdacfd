pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Who was in a session's room and for how long (SessionDetailController.attendance).
ColumnLayout {
    id: list

    property var rows: []

    visible: list.rows.length > 0
    spacing: 2

    Label {
        text: qsTr("In the room")
        font.weight: Font.DemiBold
    }
    Repeater {
        model: list.rows
        delegate: Label {
            required property var modelData
            required property int index

            objectName: "attendanceRow_" + index
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: modelData.inRoom ? qsTr("%1 · in the room now").arg(modelData.name)
                                   : qsTr("%1 · %n min", "", modelData.minutes).arg(modelData.name)
        }
    }
}
