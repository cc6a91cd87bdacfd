import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Initials, name and role of the signed-in person (initials only in the compact rail).
RowLayout {
    id: header

    property bool compact: false
    property real railWidth: 72

    spacing: 12

    Rectangle {
        // Centred in the compact rail (the rail's width is set from outside: no loop).
        Layout.leftMargin: header.compact ? (header.railWidth - width) / 2 : 16
        Layout.topMargin: 20
        Layout.bottomMargin: 20
        width: 44
        height: 44
        radius: 22
        color: Theme.accent

        ToolTip.visible: header.compact && avatarHover.hovered
        ToolTip.text: App.session.userName + " · " + App.session.roleName
        HoverHandler {
            id: avatarHover
        }

        Label {
            anchors.centerIn: parent
            text: App.session.userName.split(" ").map(part => part.charAt(0)).join("").slice(0, 2)
            color: "white"
            font.pixelSize: 17
            font.weight: Font.DemiBold
        }
    }

    ColumnLayout {
        visible: !header.compact
        Layout.fillWidth: true
        Layout.rightMargin: 12
        spacing: 2

        Label {
            objectName: "signedInName"
            Layout.fillWidth: true
            text: App.session.userName
            font.pixelSize: 16
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Label {
            objectName: "signedInRole"
            Layout.fillWidth: true
            text: App.session.roleName
            color: Theme.mutedText
            elide: Text.ElideRight
        }
    }
}
