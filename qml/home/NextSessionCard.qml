pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The user's next class on Home (row 0 of the classes they teach): title, when as people
// say it ("Thursday at 18:00 (in 2 days)"), a countdown on the day, seats, and Join (from
// the join window, a setting). A click opens the session view.
Card {
    id: next

    required property int index
    required property string sessionId
    required property string courseTitle
    required property string teacherName
    required property date start
    required property date end
    required property string localDate
    required property string localTimeRange
    required property int seats
    required property int bookedSeats
    required property string viewerRole
    required property string studentNames
    // The page's clock: one timer for all rows.
    required property Clock clock

    signal openRequested(string sessionId)

    readonly property real msToStart: start.getTime() - next.clock.now.getTime()
    readonly property bool running: msToStart <= 0 && end.getTime() > next.clock.now.getTime()
    readonly property bool today: msToStart < 24 * 3600 * 1000

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
    activeFocusOnTab: true
    focusRing: activeFocus
    Accessible.role: Accessible.Button
    Accessible.name: next.courseTitle + ", " + whenLabel.text
    Keys.onReturnPressed: next.openRequested(next.sessionId)
    Keys.onSpacePressed: next.openRequested(next.sessionId)

    // In the content item: the margin reaches over the card's padding.
    TapHandler {
        margin: next.padding
        onTapped: next.openRequested(next.sessionId)
    }

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
            id: whenLabel
            objectName: "nextSessionWhen"
            Layout.fillWidth: true
            text: qsTr("%1 · %n min", "", Math.round((next.end.getTime() - next.start.getTime()) / 60000))
                      .arg(AppClock.relativeWhen(next.start, next.clock.now, Account.sessions.displayZone))
            font.pixelSize: 16
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "nextSessionCountdown"
            Layout.fillWidth: true
            visible: next.today
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
                  + (next.seats === 1 ? (next.bookedSeats === 1 ? (next.studentNames || qsTr("1 student")) : qsTr("no student yet"))
                                      : qsTr("%1 of %2 seats booked").arg(next.bookedSeats).arg(next.seats))
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }
        JoinButton {
            Layout.fillWidth: true
            Layout.topMargin: 8
            sessionId: next.sessionId
        }
    }
}
