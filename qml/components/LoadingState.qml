import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A spinner with a sentence, for the first load of a page.
Item {
    id: root

    property string text

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        width: Math.min(root.width - 32, 420)
        spacing: 12

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: root.visible
        }
        Label {
            objectName: "loadingStateText"
            Layout.fillWidth: true
            text: root.text
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
