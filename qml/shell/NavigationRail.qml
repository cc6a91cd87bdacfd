pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The left column: who is signed in and the app's sections. In a narrow window it
// collapses to icons (names in tooltips and for screen readers).
Pane {
    id: rail

    // Icons only (the window sets it below a width).
    property bool compact: false

    signal outboxRequested()

    padding: 0
    // No elevation: the software renderer would not draw it; a border separates the rail.
    background: Rectangle {
        color: Theme.rail
        Rectangle {
            anchors.right: parent.right
            width: 1
            height: parent.height
            color: Theme.cardBorder
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AccountHeader {
            Layout.fillWidth: true
            compact: rail.compact
            railWidth: rail.width
        }

        MenuSeparator {
            Layout.fillWidth: true
        }

        Repeater {
            model: [
                { page: "home", label: qsTr("Home") },
                { page: "calendar", label: qsTr("Calendar") },
                { page: "bookings", label: qsTr("Bookings") },
                { page: "earnings", label: qsTr("Earnings") },
                { page: "payouts", label: qsTr("Payouts") },
                { page: "feed", label: qsTr("Feed") },
                { page: "settings", label: qsTr("Settings") }
            ]
            delegate: ItemDelegate {
                id: navItem

                required property var modelData
                objectName: "nav_" + modelData.page
                Layout.fillWidth: true
                text: modelData.label
                display: rail.compact ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
                icon.source: "icons/" + modelData.page + ".svg"
                icon.width: 22
                icon.height: 22
                icon.color: highlighted ? Theme.link : Theme.mutedText
                // Compact: no side padding, so the centred icon sits in the rail's middle.
                leftPadding: rail.compact ? 0 : 18
                rightPadding: rail.compact ? 0 : 16
                spacing: 14
                highlighted: App.currentPage === modelData.page
                font.weight: highlighted ? Font.DemiBold : Font.Normal
                onClicked: App.currentPage = modelData.page
                Accessible.name: modelData.page === "feed" && Feeds.totalUnread > 0
                                 ? qsTr("Feed, %1 unread").arg(Feeds.totalUnread) : text
                ToolTip.visible: rail.compact && hovered
                ToolTip.text: Accessible.name
                ToolTip.delay: 400

                // Posts the user has not seen, over all their feeds.
                Rectangle {
                    objectName: "feedUnreadBadge"
                    visible: navItem.modelData.page === "feed" && Feeds.totalUnread > 0
                    anchors.right: parent.right
                    anchors.rightMargin: rail.compact ? 8 : 16
                    anchors.verticalCenter: rail.compact ? undefined : parent.verticalCenter
                    anchors.top: rail.compact ? parent.top : undefined
                    anchors.topMargin: 4
                    width: Math.max(rail.compact ? 18 : 22, String(Feeds.totalUnread).length * 8 + (rail.compact ? 6 : 12))
                    height: rail.compact ? 16 : 20
                    radius: height / 2
                    color: Theme.badge
                    Label {
                        anchors.centerIn: parent
                        text: Feeds.totalUnread > 99 ? "99+" : Feeds.totalUnread
                        color: Theme.badgeText
                        font.pixelSize: 11
                        font.weight: Font.Bold
                    }
                }
            }
        }

        Item {
            Layout.fillHeight: true
        }

        SyncIndicator {
            Layout.fillWidth: true
            compact: rail.compact
            onOutboxRequested: rail.outboxRequested()
        }

        Label {
            visible: !rail.compact
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.bottomMargin: 10
            text: qsTr("Companion %1").arg(App.version)
            color: Theme.mutedText
            font.pixelSize: 12
        }
    }
}
