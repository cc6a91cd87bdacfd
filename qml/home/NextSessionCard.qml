pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The next session on Home (row 0 of the upcoming sessions): title, when, a
// countdown, who teaches and seats, and the Join button from the join window (a setting).
Card {
    id: next

    required property int index
    required property string courseTitle
    required property string teacherName
    required property date start
    required property date end
    required property string localDate
    required property string localTimeRange
    required property int seats
    required property int bookedSeats
    required property string viewerRole
    // The page's clock: one timer for all rows.
    required property Clock clock

    readonly property real msToStart: start.getTime() - next.clock.now.getTime()
    readonly property bool running: msToStart <= 0 && end.getTime() > next.clock.now.getTime()
    readonly property bool joinable: msToStart <= ViewSettings.joinWindowMinutes * 60 * 1000
                                     && end.getTime() > next.clock.now.getTime()
    property bool joinClicked: false

    function roleText(viewerRole, teacherName) {
        if (viewerRole === "teacher")
            return qsTr("You teach this session")
        if (viewerRole === "course_creator")
            return qsTr("%1 teaches your course").arg(teacherName)
        return qsTr("With %1").arg(teacherName)
    }

    objectName: index === 0 ? "nextSessionCard" : ""
    width: ListView.view.width
    highlighted: true
    padding: 20

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            objectName: "nextSessionTitle"
            Layout.fillWidth: true
            text: next.courseTitle
            font.pixelSize: 22
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            objectName: "nextSessionWhen"
            Layout.fillWidth: true
            text: qsTr("%1 · %2").arg(next.localDate).arg(next.localTimeRange)
            font.pixelSize: 16
            elide: Text.ElideRight
        }
        Label {
            objectName: "nextSessionCountdown"
            Layout.fillWidth: true
            text: next.running ? qsTr("Running now · started %1 ago").arg(next.clock.duration(-next.msToStart))
                               : qsTr("Starts in %1").arg(next.clock.duration(next.msToStart))
            color: Theme.link
            font.pixelSize: 16
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: next.roleText(next.viewerRole, next.teacherName) + " · "
                  + (next.seats === 1 ? (next.bookedSeats === 1 ? qsTr("1 student") : qsTr("no student yet"))
                                      : qsTr("%1 of %2 seats booked").arg(next.bookedSeats).arg(next.seats))
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: 12

            ActionButton {
                objectName: "joinButton"
                text: qsTr("Join")
                // Several cards each have a Join: say which session it joins.
                Accessible.name: qsTr("Join %1").arg(next.courseTitle)
                highlighted: true
                enabled: next.joinable
                onClicked: next.joinClicked = true
            }
            Label {
                objectName: "joinHint"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: next.joinClicked
                      ? qsTr("The session room opens inside Companion in a later version. For now, join from the platform's web app.")
                      : next.joinable ? qsTr("The room is open.")
                      : qsTr("Join opens %1 minutes before the start.").arg(ViewSettings.joinWindowMinutes)
            }
        }
    }
}
