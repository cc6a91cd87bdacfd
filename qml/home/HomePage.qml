pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Home: the user's own next class with its Join button and the ones after it; for a
// creator, then the sessions S-Ts teach for their courses; what is waiting to sync; and
// this month's earnings beside last month's. Every session opens the one session view.
Page {
    id: page
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Home")

    readonly property bool wide: width >= 760
    readonly property int upcomingCount: Account.upcomingTeaching.count
    readonly property int courseCount: Account.upcomingOfCourses.count
    readonly property alias sessionView: sessionView

    objectName: "homePage"
    background: null

    // In the account's zone: a teacher in New York at 15:15 is greeted "Good afternoon"
    // wherever this computer's clock is set.
    function greeting() {
        const hour = AppClock.hourIn(pageClock.now, App.session.timeZone)
        if (hour < 12)
            return qsTr("Good morning")
        if (hour < 18)
            return qsTr("Good afternoon")
        return qsTr("Good evening")
    }

    Clock {
        id: pageClock
        interval: 15000
    }
    EarningsController {
        id: earnings
        includeSplits: false // Home shows totals only
    }

    PayoutsController {
        id: payoutState
    }

    SessionView {
        id: sessionView
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

            BlockedMoneyHint {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                payouts: payoutState
                earnings: earnings
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
                        objectName: "nextSessionHeading"
                        text: qsTr("Your next class")
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                    }

                    // Until the cache was read, "no upcoming sessions" would only be a guess.
                    LoadingState {
                        objectName: "nextSessionLoading"
                        Layout.fillWidth: true
                        Layout.preferredHeight: implicitHeight + 24
                        visible: page.upcomingCount === 0 && !Account.dataLoaded
                        text: qsTr("Loading your sessions…")
                    }
                    NoUpcomingCard {
                        Layout.fillWidth: true
                        visible: page.upcomingCount === 0 && Account.dataLoaded
                        othersTeach: page.courseCount > 0
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
                        model: page.upcomingCount > 0 ? Account.upcomingTeaching : null

                        delegate: NextSessionCard {
                            id: next
                            clock: pageClock
                            onOpenRequested: id => sessionView.show(id)
                            onImplicitHeightChanged: if (next.index === 0) nextList.firstHeight = next.implicitHeight
                            Component.onCompleted: if (next.index === 0) nextList.firstHeight = next.implicitHeight
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
                        objectName: "laterSessions"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(Math.max(page.upcomingCount - 1, 0), 3) * 66
                        visible: page.upcomingCount > 1
                        interactive: false
                        clip: true
                        model: page.upcomingCount > 1 ? Account.upcomingTeaching : null

                        // Row 0 is the next session above: an empty, zero-height row here.
                        delegate: LaterSessionDelegate {
                            clock: pageClock
                            onOpenRequested: id => sessionView.show(id)
                        }
                    }

                    // A creator's courses taught by S-Ts: second, after the user's own classes.
                    Label {
                        objectName: "courseSessionsHeading"
                        Layout.topMargin: 8
                        visible: page.courseCount > 0
                        text: qsTr("Your courses, taught by S-Ts")
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                    }
                    ListView {
                        objectName: "courseSessions"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(page.courseCount, 3) * 66
                        visible: page.courseCount > 0
                        interactive: false
                        clip: true
                        model: page.courseCount > 0 ? Account.upcomingOfCourses : null

                        delegate: LaterSessionDelegate {
                            skipFirst: false
                            clock: pageClock
                            onOpenRequested: id => sessionView.show(id)
                        }
                    }

                    LinkButton {
                        objectName: "allBookingsButton"
                        visible: page.upcomingCount + page.courseCount > 0
                        flat: true
                        text: page.upcomingCount + page.courseCount > 4
                              ? qsTr("All %1 upcoming sessions →").arg(page.upcomingCount + page.courseCount)
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
                        text: qsTr("Earnings")
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    MonthEarningsCard {
                        Layout.fillWidth: true
                        controller: earnings
                    }

                    Label {
                        Layout.topMargin: 8
                        text: qsTr("Your changes")
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                    }
                    OutboxSummaryCard {
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
