import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A label/value pair in a settings-style list.
RowLayout {
    id: root

    property string label
    property string value

    spacing: 16

    Label {
        Layout.preferredWidth: 160
        text: root.label
        color: Theme.mutedText
    }
    Label {
        Layout.fillWidth: true
        text: root.value
        elide: Text.ElideMiddle
    }
}
