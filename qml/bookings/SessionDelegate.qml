pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.Components

// One session in the bookings list: its day heading (for the first session of
// a day), then a card with time, course, who teaches, seats, status and, when
// it starts within a day, how soon. The roles come from SessionListModel.
Column {
    id: card

    required property int index
    required property string sessionId
    required property string courseTitle
    required property string teacherName
    required property date start
    required property date end
    required property string localDate
    required property string localTimeRange
    required property string status
    required property int seats
    required property int bookedSeats
    required property string viewerRole
    required property string studentNames
    required property bool isCancelled
    // The page's clock: one timer for all rows.
    required property Clock clock

    // Enter, Space or a click: the page opens the session's details.
    signal detailsRequested(string sessionId)

    readonly property bool startsSoon: !isCancelled && status === "scheduled"
                                       && start.getTime() - card.clock.now.getTime() < 24 * 3600 * 1000
                                       && end.getTime() > card.clock.now.getTime()

    function showDetails() {
        card.detailsRequested(card.sessionId)
    }
    function roleText(viewerRole, teacherName) {
        if (viewerRole === "teacher")
            return qsTr("You teach")
        if (viewerRole === "course_creator")
            return qsTr("%1 teaches your course").arg(teacherName)
        return qsTr("With %1").arg(teacherName)
    }
    function statusLabel(status) {
        switch (status) {
        case "scheduled": return qsTr("Scheduled")
        case "completed": return qsTr("Completed")
        case "no_show": return qsTr("No-show")
        case "cancelled": return qsTr("Cancelled")
        default: return status
        }
    }

    objectName: "sessionRow_" + index
    width: ListView.view.width - 12
    spacing: 6
    // Tab reaches every card; Enter or Space opens its details.
    activeFocusOnTab: true
    // Tab may land on a card scrolled out of view: bring it in.
    onActiveFocusChanged: if (activeFocus) ListView.view.positionViewAtIndex(index, ListView.Contain)
    Keys.onReturnPressed: showDetails()
    Keys.onEnterPressed: showDetails()
    Keys.onSpacePressed: showDetails()
    Accessible.role: Accessible.Button
    // "Conversational Spanish, Thursday 10 December, 18:00 to 19:00, You teach, 3 of 4 seats
    // booked, Scheduled": day, time and what it is, as the card shows them.
    Accessible.name: qsTr("%1, %2, %3, %4, %5, %6").arg(courseTitle).arg(localDate)
                     .arg(qsTr("%1 to %2").arg(localTimeRange.split("–")[0]).arg(localTimeRange.split("–")[1] ?? ""))
                     .arg(roleText(viewerRole, teacherName))
                     .arg(seats === 1 ? (bookedSeats === 1 ? qsTr("1 student") : qsTr("no student yet"))
                                      : qsTr("%1 of %2 seats booked").arg(bookedSeats).arg(seats))
                     .arg(statusLabel(status))
    Accessible.description: qsTr("Opens the session's details.")

    Label {
        objectName: "sessionDay_" + card.index
        visible: card.ListView.section !== card.ListView.previousSection
        topPadding: card.index === 0 ? 0 : 10
        text: card.localDate
        font.weight: Font.DemiBold
        color: Theme.mutedText
    }

    Card {
        objectName: "sessionCard_" + card.index
        width: parent.width
        padding: 14
        highlighted: card.startsSoon
        focusRing: card.activeFocus

        TapHandler {
            onTapped: card.showDetails()
        }

        RowLayout {
            anchors.fill: parent
            spacing: 16

            Label {
                objectName: "sessionTime_" + card.index
                Layout.preferredWidth: 110
                Layout.alignment: Qt.AlignTop
                text: card.localTimeRange
                font.pixelSize: 16
                font.weight: Font.DemiBold
                font.strikeout: card.isCancelled
                opacity: card.isCancelled ? 0.6 : 1
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    objectName: "sessionTitle_" + card.index
                    Layout.fillWidth: true
                    text: card.courseTitle
                    font.pixelSize: 16
                    font.weight: Font.DemiBold
                    font.strikeout: card.isCancelled
                    opacity: card.isCancelled ? 0.6 : 1
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: card.roleText(card.viewerRole, card.teacherName)
                    color: Theme.mutedText
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "sessionSeats_" + card.index
                    Layout.fillWidth: true
                    // Who booked, when this computer knows (the teacher's and the creator's view).
                    text: (card.seats === 1
                          ? (card.bookedSeats === 1 ? (card.studentNames.length > 0 ? card.studentNames : qsTr("1 student booked"))
                                                    : qsTr("No student booked"))
                          : qsTr("%1 of %2 seats booked").arg(card.bookedSeats).arg(card.seats)
                            + (card.studentNames.length > 0 ? " · " + card.studentNames : ""))
                    color: Theme.mutedText
                    font.pixelSize: 12
                    elide: Text.ElideRight
                }
            }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
                spacing: 6

                StatusChip {
                    objectName: "sessionStatus_" + card.index
                    Layout.alignment: Qt.AlignRight
                    // A scheduled session that is over but not yet marked completed.
                    readonly property bool ended: card.status === "scheduled"
                                                  && card.end.getTime() <= card.clock.now.getTime()
                    text: ended ? qsTr("Ended") : card.statusLabel(card.status)
                    tone: ended ? "neutral" : Theme.statusTone(card.status)
                }
                Label {
                    Layout.alignment: Qt.AlignRight
                    visible: card.startsSoon
                    text: card.start.getTime() > card.clock.now.getTime()
                          ? qsTr("in %1").arg(card.clock.duration(card.start.getTime() - card.clock.now.getTime()))
                          : qsTr("now")
                    color: Theme.link
                    font.pixelSize: 12
                    font.weight: Font.DemiBold
                }
            }
        }
    }
}
