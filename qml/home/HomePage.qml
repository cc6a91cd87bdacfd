pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Home: the next session with its Join button, what is waiting to sync, and
// this month's earnings. Reads Account.sessions, whose filter is "upcoming"
// whenever this page is shown (Bookings restores it when it is left).
Page {
    id: page

    readonly property bool wide: width >= 760
    readonly property int upcomingCount: Account.sessions.filter === SessionListModel.Upcoming ? Account.sessions.count : 0
    readonly property int pending: Account.ready ? Account.sync.pendingEdits : 0
    readonly property int conflicts: Account.ready ? Account.sync.conflicts : 0

    objectName: "homePage"
    background: null

    // In the account's zone: a teacher in New York at 15:15 is greeted "Good afternoon"
    // wherever this computer's clock is set.
    function greeting() {
        const hour = AppClock.hourIn(clock.now, App.session.timeZone)
        if (hour < 12)
            return qsTr("Good morning")
        if (hour < 18)
            return qsTr("Good afternoon")
        return qsTr("Good evening")
    }
    function roleText(viewerRole, teacherName) {
        if (viewerRole === "teacher")
            return qsTr("You teach this session")
        if (viewerRole === "course_creator")
            return qsTr("%1 teaches your course").arg(teacherName)
        return qsTr("With %1").arg(teacherName)
    }

    Clock {
        id: clock
        interval: 15000
    }
    EarningsController {
        id: earnings
        includeSplits: false // Home shows totals only
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 20

            PageHeader {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                Layout.topMargin: 32
                title: qsTr("%1, %2").arg(page.greeting()).arg(App.session.userName.split(" ")[0])
                subtitle: qsTr("Signed in as %1 · times shown in %2").arg(App.session.roleName).arg(App.session.timeZone)
            }

            GridLayout {
                id: grid
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                Layout.bottomMargin: 32
                columns: page.wide ? 2 : 1
                columnSpacing: 20
                rowSpacing: 20

                // Left: the next session and the ones after it.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: page.wide ? (scroll.availableWidth - 64 - 20) * 0.58 : scroll.availableWidth - 64
                    Layout.maximumWidth: Layout.preferredWidth
                    Layout.alignment: Qt.AlignTop
                    spacing: 12

                    Label {
                        text: qsTr("Next session")
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                    }

                    Card {
                        objectName: "nextSessionEmpty"
                        Layout.fillWidth: true
                        visible: page.upcomingCount === 0
                        ColumnLayout {
                            anchors.fill: parent
                            spacing: 6
                            BusyIndicator {
                                Layout.alignment: Qt.AlignHCenter
                                visible: !Account.settled
                                running: visible
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                                font.weight: Font.DemiBold
                                text: !Account.settled ? qsTr("Loading your sessions…")
                                      : Account.connection === Account.OfflineNoData
                                        ? qsTr("Nothing saved on this computer yet")
                                        : qsTr("No upcoming sessions")
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: Account.settled
                                wrapMode: Text.WordWrap
                                color: Theme.mutedText
                                text: Account.connection === Account.OfflineNoData
                                      ? qsTr("Companion is offline and has not synced this account before. Your sessions appear after the first sync.")
                                      : qsTr("When a student books one of your free slots it shows up here, with a Join button from 10 minutes before the start.")
                            }
                        }
                    }

                    // ListViews, not Repeaters: they create delegates only for the rows
                    // they show, however many sessions the account has.
                    ListView {
                        id: nextList

                        property real firstHeight: 0

                        Layout.fillWidth: true
                        Layout.preferredHeight: firstHeight
                        visible: page.upcomingCount > 0
                        interactive: false
                        clip: true
                        model: page.upcomingCount > 0 ? Account.sessions : null

                        delegate: Card {
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

                            readonly property real msToStart: start.getTime() - clock.now.getTime()
                            readonly property bool running: msToStart <= 0 && end.getTime() > clock.now.getTime()
                            readonly property bool joinable: msToStart <= 10 * 60 * 1000 && end.getTime() > clock.now.getTime()
                            property bool joinClicked: false

                            objectName: index === 0 ? "nextSessionCard" : ""
                            width: ListView.view.width
                            highlighted: true
                            padding: 20
                            onImplicitHeightChanged: if (index === 0) nextList.firstHeight = implicitHeight
                            Component.onCompleted: if (index === 0) nextList.firstHeight = implicitHeight

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
                                    text: next.running ? qsTr("Running now · started %1 ago").arg(clock.duration(-next.msToStart))
                                                       : qsTr("Starts in %1").arg(clock.duration(next.msToStart))
                                    color: Theme.link
                                    font.pixelSize: 16
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: page.roleText(next.viewerRole, next.teacherName) + " · "
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
                                              : qsTr("Join opens 10 minutes before the start.")
                                    }
                                }
                            }
                        }
                    }

                    Label {
                        Layout.topMargin: 8
                        visible: page.upcomingCount > 1
                        text: qsTr("After that")
                        font.weight: Font.DemiBold
                        color: Theme.mutedText
                    }

                    ListView {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(Math.max(page.upcomingCount - 1, 0), 3) * 66
                        visible: page.upcomingCount > 1
                        interactive: false
                        clip: true
                        model: page.upcomingCount > 1 ? Account.sessions : null

                        // Row 0 is the next session above: an empty, zero-height row here.
                        delegate: Item {
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
                    }

                    LinkButton {
                        objectName: "allBookingsButton"
                        visible: page.upcomingCount > 0
                        flat: true
                        text: page.upcomingCount > 4 ? qsTr("All %1 upcoming sessions →").arg(page.upcomingCount)
                                                     : qsTr("All bookings →")
                        onClicked: App.currentPage = "bookings"
                    }
                }

                // Right: money and sync.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: page.wide ? (scroll.availableWidth - 64 - 20) * 0.42 : scroll.availableWidth - 64
                    Layout.maximumWidth: Layout.preferredWidth
                    Layout.alignment: Qt.AlignTop
                    spacing: 12

                    Label {
                        text: earnings.thisMonthName.length > 0 ? qsTr("Earnings in %1").arg(earnings.thisMonthName) : qsTr("Earnings this month")
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Card {
                        objectName: "monthEarningsCard"
                        Layout.fillWidth: true

                        ColumnLayout {
                            anchors.fill: parent
                            spacing: 4

                            Label {
                                objectName: "monthEarnings"
                                Layout.fillWidth: true
                                text: earnings.hasData ? earnings.thisMonthText : (Account.settled ? qsTr("Not synced yet") : qsTr("Loading…"))
                                font.pixelSize: earnings.hasData ? 28 : 16
                                font.weight: Font.Bold
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: 14
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: earnings.hasData
                                wrapMode: Text.WordWrap
                                color: Theme.mutedText
                                text: earnings.thisMonthCount === 1 ? qsTr("from 1 payment")
                                                                    : qsTr("from %1 payments").arg(earnings.thisMonthCount)
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: earnings.hasData && earnings.pendingText.length > 0
                                wrapMode: Text.WordWrap
                                color: Theme.mutedText
                                text: qsTr("%1 waiting to be transferred (all months)").arg(earnings.pendingText)
                            }
                            LinkButton {
                                flat: true
                                text: qsTr("Earnings details →")
                                onClicked: App.currentPage = "earnings"
                            }
                        }
                    }

                    Label {
                        Layout.topMargin: 8
                        text: qsTr("Your changes")
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                    }
                    Card {
                        objectName: "outboxSummaryCard"
                        Layout.fillWidth: true
                        highlighted: page.conflicts > 0

                        ColumnLayout {
                            anchors.fill: parent
                            spacing: 4

                            Label {
                                objectName: "outboxSummary"
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                                font.weight: Font.DemiBold
                                text: !Account.ready ? qsTr("Not signed in")
                                      : page.conflicts > 0
                                        ? (page.conflicts === 1 ? qsTr("1 edit conflicts with a change made elsewhere")
                                                                : qsTr("%1 edits conflict with changes made elsewhere").arg(page.conflicts))
                                      : page.pending > 0
                                        ? (page.pending === 1 ? qsTr("1 edit waiting to be sent") : qsTr("%1 edits waiting to be sent").arg(page.pending))
                                        : qsTr("All your changes are on the server")
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                                color: Theme.mutedText
                                text: page.conflicts > 0 ? qsTr("Nothing is lost. Choose which version of your availability to keep.")
                                      : page.pending > 0 ? qsTr("They are saved on this computer and go out with the next sync.")
                                      : qsTr("Edits you make offline wait here until the server is reachable.")
                            }
                            LinkButton {
                                objectName: "resolveButton"
                                visible: page.conflicts + page.pending > 0
                                danger: page.conflicts > 0
                                text: page.conflicts > 0 ? qsTr("Resolve in Settings →") : qsTr("See them in Settings →")
                                onClicked: App.currentPage = "settings"
                            }
                        }
                    }
                }
            }
        }
    }
}
