pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// A post's comments, oldest first (the latest few until "Show all" loads the rest),
// and a field to add one.
ColumnLayout {
    id: block

    property string activityId
    property var comments: []
    property bool moreComments: false
    property int commentCount: 0
    // The field shows once the user chose "Comment".
    property bool writing: false

    function focusField() {
        field.forceActiveFocus()
    }

    spacing: 6

    LinkButton {
        objectName: "showAllComments"
        visible: block.moreComments
        text: qsTr("Show all %1 comments").arg(block.commentCount)
        onClicked: Feeds.loadComments(block.activityId)
    }

    Repeater {
        model: block.comments
        delegate: Rectangle {
            id: bubble

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: commentColumn.implicitHeight + 12
            radius: 6
            color: Theme.barTrack

            ColumnLayout {
                id: commentColumn

                anchors.fill: parent
                anchors.margins: 6
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: bubble.modelData.userName
                        font.weight: Font.DemiBold
                        font.pixelSize: 13
                    }
                    Label {
                        text: bubble.modelData.timeText
                        color: Theme.mutedText
                        font.pixelSize: 12
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: bubble.modelData.richText
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    linkColor: Theme.link
                    onLinkActivated: link => Qt.openUrlExternally(link)
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: block.writing
        spacing: 8
        TextField {
            id: field

            objectName: "commentField"
            Layout.fillWidth: true
            placeholderText: qsTr("Write a comment…")
            Accessible.name: qsTr("Comment")
            onAccepted: send.clicked()
        }
        LinkButton {
            id: send

            objectName: "sendComment"
            text: qsTr("Send")
            enabled: field.text.trim().length > 0
            onClicked: {
                const problem = Feeds.comment(block.activityId, field.text)
                if (problem.length > 0)
                    field.ToolTip.show(problem, 4000)
            }
        }
    }

    Connections {
        target: Feeds
        function onCommentFinished(activityId: string, ok: bool) {
            if (ok && activityId === block.activityId) {
                field.clear()
                block.writing = false
            }
        }
    }
}
