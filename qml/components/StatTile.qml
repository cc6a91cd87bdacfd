import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One number with its caption, e.g. "Paid out  €1,770.75".
Card {
    id: tile

    property string caption
    property string value
    property string detail
    property string valueObjectName

    padding: 14

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: tile.caption
            color: Theme.mutedText
            font.pixelSize: 13
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            objectName: tile.valueObjectName
            Layout.fillWidth: true
            text: tile.value
            color: Theme.strongText
            font.pixelSize: 22
            font.weight: Font.Bold
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 14
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: tile.detail.length > 0
            text: tile.detail
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
