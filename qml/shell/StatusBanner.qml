import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.Components

// A one-line notice across the top of the content (offline, conflicts,
// warnings), with an optional action on the right.
Pane {
    id: banner

    property alias text: label.text
    // warning (amber) or danger (red).
    property string tone: "warning"
    property string actionText
    signal actionTriggered()

    Material.background: Theme.bannerFill(tone)
    padding: 10

    RowLayout {
        width: parent.width
        spacing: 12

        Label {
            id: label
            objectName: "statusBannerText"
            Layout.fillWidth: true
            color: Theme.bannerText(banner.tone)
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
            Material.foreground: Theme.bannerText(banner.tone)
            onClicked: banner.actionTriggered()
        }
    }
}
