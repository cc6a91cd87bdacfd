pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The feeds the user may open: the community, then their courses, each with what they
// are there ("You teach") and how many posts they have not seen.
Card {
    id: card

    padding: 6

    ListView {
        id: list

        objectName: "feedChannels"
        anchors.fill: parent
        clip: true
        model: Feeds.channels
        currentIndex: Feeds.channels.indexOf(Feeds.currentFeedId)
        keyNavigationEnabled: true
        delegate: ItemDelegate {
            id: row

            required property string feedId
            required property string title
            required property string roleName
            required property int unread

            objectName: "feed_" + feedId
            width: list.width
            highlighted: Feeds.currentFeedId === feedId
            onClicked: Feeds.open(feedId)
            Accessible.name: unread > 0 ? qsTr("%1, %2 unread").arg(title).arg(unread) : title
            ToolTip.visible: hovered && title.length > 40
            ToolTip.text: title

            contentItem: RowLayout {
                spacing: 8
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.title
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        font.weight: row.unread > 0 || row.highlighted ? Font.DemiBold : Font.Normal
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.roleName
                        color: Theme.mutedText
                        font.pixelSize: 12
                        elide: Text.ElideRight
                    }
                }
                Rectangle {
                    objectName: "unreadBadge"
                    visible: row.unread > 0
                    implicitWidth: Math.max(22, String(row.unread).length * 8 + 12)
                    implicitHeight: 20
                    radius: 10
                    color: Theme.badge
                    Label {
                        anchors.centerIn: parent
                        text: row.unread
                        color: Theme.badgeText
                        font.pixelSize: 11
                        font.weight: Font.Bold
                    }
                }
            }
        }
    }
}
