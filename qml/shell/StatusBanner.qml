import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A one-line notice across the top of the content (offline, warnings).
Pane {
    id: banner

    property alias text: label.text

    Material.background: Material.color(Material.Amber, Material.Shade100)
    padding: 10

    Label {
        id: label
        objectName: "statusBannerText"
        width: parent.width
        color: "#4a3b00"
        wrapMode: Text.WordWrap
    }
}
