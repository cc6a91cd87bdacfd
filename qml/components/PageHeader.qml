import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The title row every page starts with.
ColumnLayout {
    id: root

    property string title
    property string subtitle

    spacing: 2

    Label {
        objectName: "pageTitle"
        Layout.fillWidth: true
        text: root.title
        font.pixelSize: 26
        font.weight: Font.Bold
        elide: Text.ElideRight
    }
    Label {
        Layout.fillWidth: true
        visible: root.subtitle.length > 0
        text: root.subtitle
        color: Theme.mutedText
        wrapMode: Text.WordWrap
    }
}
