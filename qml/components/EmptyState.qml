import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a page shows when it has nothing (yet): a title, a sentence that says
// why and what will appear, and an optional action.
ColumnLayout {
    id: root

    property string title
    property string explanation
    property string actionText
    signal actionTriggered()

    spacing: 12

    Label {
        objectName: "emptyStateTitle"
        Layout.fillWidth: true
        text: root.title
        font.pixelSize: 20
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        Layout.maximumWidth: 520
        Layout.alignment: Qt.AlignHCenter
        text: root.explanation
        opacity: 0.75
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    Button {
        Layout.alignment: Qt.AlignHCenter
        visible: root.actionText.length > 0
        text: root.actionText
        onClicked: root.actionTriggered()
    }
}
