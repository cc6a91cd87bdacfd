pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Course and community feeds: the feeds on the left (with unread counts), the open one on
// the right: the composer, then the posts, newest first, older ones loaded on scroll.
Page {
    id: page
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Feed")

    // Narrow: the feeds become a drop-down above the posts.
    readonly property bool narrow: width < 760

    background: null

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Feed")
            subtitle: qsTr("Questions, announcements and links from your courses and the community.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16

            FeedChannelList {
                visible: !page.narrow
                Layout.preferredWidth: Math.min(240, page.width * 0.28)
                Layout.fillHeight: true
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // A readable measure on wide screens.
                Layout.maximumWidth: 880
                spacing: 12

                ComboBox {
                    id: picker

                    objectName: "feedPicker"
                    Layout.fillWidth: true
                    visible: page.narrow
                    model: Feeds.channels
                    textRole: "title"
                    valueRole: "feedId"
                    currentIndex: Feeds.channels.indexOf(Feeds.currentFeedId)
                    displayText: Feeds.totalUnread > 0 ? qsTr("%1 (%2 unread in all)").arg(Feeds.currentTitle).arg(Feeds.totalUnread)
                                                       : Feeds.currentTitle
                    onActivated: index => Feeds.open(picker.valueAt(index))
                    Accessible.name: qsTr("Feed")
                }

                Label {
                    objectName: "feedOfflineBanner"
                    Layout.fillWidth: true
                    visible: Feeds.offline
                    text: qsTr("Offline: these are the posts last read. New posts wait in the outbox and are sent when you are back online.")
                    wrapMode: Text.WordWrap
                    color: Theme.chipText("warning")
                    padding: 8
                    background: Rectangle {
                        radius: 6
                        color: Theme.chipFill("warning")
                        border.color: Theme.chipBorder("warning")
                    }
                }

                Label {
                    objectName: "feedError"
                    Layout.fillWidth: true
                    visible: Feeds.error.length > 0
                    text: Feeds.error
                    wrapMode: Text.WordWrap
                    color: Theme.danger
                }

                FeedComposer {
                    Layout.fillWidth: true
                    visible: Feeds.canPost
                }

                ListView {
                    id: posts

                    objectName: "feedPosts"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 10
                    model: Feeds.activities
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ActivityDelegate {
                        width: posts.width - 12
                    }
                    onAtYEndChanged: if (atYEnd && Feeds.hasMore) Feeds.loadMore()
                    footer: Item {
                        width: posts.width
                        height: Feeds.loadingMore || Feeds.hasMore ? 40 : 0
                        Label {
                            anchors.centerIn: parent
                            visible: Feeds.loadingMore
                            text: qsTr("Loading older posts…")
                            color: Theme.mutedText
                        }
                    }

                    EmptyState {
                        objectName: "feedEmpty"
                        anchors.fill: parent
                        visible: posts.count === 0 && (Feeds.loaded || Feeds.offline)
                        title: Feeds.offline ? qsTr("Nothing read here yet") : qsTr("No posts yet")
                        explanation: Feeds.offline
                                     ? qsTr("This feed was not read while you were online. Its posts appear once Companion reaches the platform.")
                                     : Feeds.canAnnounce
                                       ? qsTr("Post an announcement or a link; everyone in %1 sees it.").arg(Feeds.currentTitle)
                                       : qsTr("Ask a question or share a link; everyone in %1 sees it.").arg(Feeds.currentTitle)
                    }

                    LoadingState {
                        anchors.centerIn: parent
                        visible: posts.count === 0 && Feeds.loading && !Feeds.loaded
                    }
                }
            }
        }
    }
}
