import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The left column: who is signed in and the app's sections.
Pane {
    id: rail

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
                highlighted: App.currentPage === modelData.page
                font.weight: highlighted ? Font.DemiBold : Font.Normal
                onClicked: App.currentPage = modelData.page
                Accessible.name: modelData.page === "feed" && Feeds.totalUnread > 0
                                 ? qsTr("Feed, %1 unread").arg(Feeds.totalUnread) : text

                // Posts the user has not seen, over all their feeds.
                Rectangle {
                    objectName: "feedUnreadBadge"
                    visible: navItem.modelData.page === "feed" && Feeds.totalUnread > 0
                    anchors.right: parent.right
                    anchors.rightMargin: 16
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.max(22, String(Feeds.totalUnread).length * 8 + 12)
                    height: 20
                    radius: 10
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
            onOutboxRequested: rail.outboxRequested()
        }

        Label {
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
