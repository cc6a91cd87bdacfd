import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a page shows when it has nothing (yet): a title, a sentence that says
// why and what will appear, and an optional action. Fills the space it gets
// and centres its text there.
Item {
    id: root

    property string title
    property string explanation
    property string actionText
    signal actionTriggered()

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column

        anchors.centerIn: parent
        width: Math.min(root.width - 32, 560)
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
            objectName: "emptyStateExplanation"
            Layout.fillWidth: true
            text: root.explanation
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        ActionButton {
            objectName: "emptyStateAction"
            Layout.alignment: Qt.AlignHCenter
            visible: root.actionText.length > 0
            text: root.actionText
            onClicked: root.actionTriggered()
        }
    }
}
