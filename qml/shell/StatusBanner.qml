import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A one-line notice across the top of the content (offline, conflicts,
// warnings), with an optional action on the right.
Pane {
    id: banner

    property alias text: label.text
    // warning (amber) or danger (red).
    property string tone: "warning"
    property string actionText
    signal actionTriggered()

    Material.background: tone === "danger" ? Material.color(Material.Red, Material.Shade100)
                                           : Material.color(Material.Amber, Material.Shade100)
    padding: 10

    RowLayout {
        width: parent.width
        spacing: 12

        Label {
            id: label
            objectName: "statusBannerText"
            Layout.fillWidth: true
            color: banner.tone === "danger" ? "#5f1018" : "#4a3b00"
            wrapMode: Text.WordWrap
        }
        Button {
            objectName: "statusBannerAction"
            visible: banner.actionText.length > 0
            text: banner.actionText
            flat: true
            font.capitalization: Font.MixedCase
            font.weight: Font.DemiBold
            topInset: 0
            bottomInset: 0
            Material.foreground: banner.tone === "danger" ? "#5f1018" : "#4a3b00"
            onClicked: banner.actionTriggered()
        }
    }
}
