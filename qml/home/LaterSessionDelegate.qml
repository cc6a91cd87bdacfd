pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.Components

// A session after the next one on Home, as a small card. Row 0 is the next
// session (shown above): an empty, zero-height row here.
Item {
    id: later

    required property int index
    required property string courseTitle
    required property string teacherName
    required property string localDate
    required property string localTimeRange
    required property string viewerRole

    objectName: "laterSession_" + index
    width: ListView.view.width
    height: index === 0 ? 0 : 66
    visible: index > 0

    Card {
        anchors.fill: parent
        anchors.bottomMargin: 8
        padding: 10

        ColumnLayout {
            anchors.fill: parent
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: later.courseTitle
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2 · %3").arg(later.localDate).arg(later.localTimeRange)
                          .arg(later.viewerRole === "teacher" ? qsTr("you teach") : later.teacherName)
                color: Theme.mutedText
                elide: Text.ElideRight
            }
        }
    }
}
