pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// One post: who wrote it and when, its text with links, likes and comments.
Card {
    id: post

    required property string activityId
    required property string actorName
    required property string initials
    required property bool announcement
    required property string richText
    required property string timeText
    required property string fullTimeText
    required property int likeCount
    required property int commentCount
    required property bool liked
    required property var comments
    required property bool moreComments
    required property bool pending
    required property bool canDelete

    objectName: "post_" + activityId
    highlighted: announcement
    padding: 14

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 10

            Rectangle {
                implicitWidth: 34
                implicitHeight: 34
                radius: 17
                color: post.announcement ? Theme.badge : Theme.badgeMuted
                Label {
                    anchors.centerIn: parent
                    text: post.initials
                    color: Theme.badgeText
                    font.weight: Font.Bold
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label {
                        text: post.actorName
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.maximumWidth: post.width * 0.5
                    }
                    StatusChip {
                        visible: post.announcement
                        tone: "success"
                        text: qsTr("Announcement")
                    }
                    StatusChip {
                        objectName: "pendingChip"
                        visible: post.pending
                        tone: "warning"
                        text: qsTr("Waiting to send")
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                }
                Label {
                    text: post.timeText
                    color: Theme.mutedText
                    font.pixelSize: 12
                    HoverHandler {
                        id: timeHover
                    }
                    ToolTip.visible: timeHover.hovered
                    ToolTip.text: post.fullTimeText
                }
            }
            LinkButton {
                objectName: "deletePost"
                visible: post.canDelete
                danger: true
                text: qsTr("Delete")
                onClicked: confirm.open()
            }
        }

        Label {
            objectName: "postText"
            Layout.fillWidth: true
            text: post.richText
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            linkColor: Theme.link
            onLinkActivated: link => Qt.openUrlExternally(link)
            HoverHandler {
                cursorShape: parent.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: !post.pending
            spacing: 4
            LinkButton {
                objectName: "likeButton"
                text: post.liked ? qsTr("Liked · %1").arg(post.likeCount)
                                 : post.likeCount > 0 ? qsTr("Like · %1").arg(post.likeCount) : qsTr("Like")
                Accessible.name: post.liked ? qsTr("Unlike (%1 likes)").arg(post.likeCount)
                                            : qsTr("Like (%1 likes)").arg(post.likeCount)
                onClicked: Feeds.toggleLike(post.activityId)
            }
            LinkButton {
                objectName: "commentButton"
                text: qsTr("Comment")
                onClicked: {
                    comments.writing = true
                    comments.focusField()
                }
            }
            Label {
                objectName: "commentCount"
                text: post.commentCount === 0 ? "" : qsTr("%n comment(s)", "", post.commentCount)
                color: Theme.mutedText
            }
            Item {
                Layout.fillWidth: true
            }
        }

        CommentsBlock {
            id: comments

            Layout.fillWidth: true
            visible: !post.pending && (post.comments.length > 0 || post.moreComments || writing)
            activityId: post.activityId
            comments: post.comments
            moreComments: post.moreComments
            commentCount: post.commentCount
        }
    }

    Dialog {
        id: confirm
        focus: true

        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Delete this post?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        background: Rectangle {
            radius: 8
            color: Theme.card
            border.color: Theme.cardBorder
        }
        Label {
            text: qsTr("Everyone in the feed stops seeing it, with its comments.")
            wrapMode: Text.WordWrap
        }
        onAccepted: Feeds.remove(post.activityId)
    }
}
