pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// A session in one of Home's short lists, as a small card that opens the session view.
// In the list under the next class, row 0 is that class (shown above): an empty,
// zero-height row here (skipFirst).
Item {
    id: later

    required property int index
    required property string sessionId
    required property string courseTitle
    required property string teacherName
    required property date start
    required property string localTimeRange
    required property string viewerRole
    required property Clock clock
    property bool skipFirst: true

    signal openRequested(string sessionId)

    readonly property bool hidden: skipFirst && index === 0

    objectName: (skipFirst ? "laterSession_" : "courseSession_") + index
    width: ListView.view.width
    height: hidden ? 0 : 66
    visible: !hidden

    Card {
        id: card
        anchors.fill: parent
        anchors.bottomMargin: 8
        padding: 10
        activeFocusOnTab: !later.hidden
        focusRing: activeFocus
        Accessible.role: Accessible.Button
        Accessible.name: later.courseTitle + ", " + whenText.text
        Keys.onReturnPressed: later.openRequested(later.sessionId)
        Keys.onSpacePressed: later.openRequested(later.sessionId)

        // In the content item: the margin reaches over the card's padding.
        TapHandler {
            margin: card.padding
            onTapped: later.openRequested(later.sessionId)
        }

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
                id: whenText
                objectName: later.objectName + "_when"
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(AppClock.relativeWhen(later.start, later.clock.now, Account.sessions.displayZone))
                          .arg(later.viewerRole === "teacher" ? qsTr("you teach") : later.teacherName)
                color: Theme.mutedText
                elide: Text.ElideRight
            }
        }
    }
}
