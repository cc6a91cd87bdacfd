import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The window's language: the system's (LANGUAGE, LANG) or one chosen for this profile.
// Dates, times and money follow it too.
GroupBox {
    objectName: "languageGroup"
    title: qsTr("Language")

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Language of Companion")
            }
            ComboBox {
                // Language names stay in their own language, so anyone can find theirs.
                readonly property var codes: ["system", "en", "de"]

                objectName: "languageBox"
                Accessible.name: qsTr("Language of Companion")
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [qsTr("Same as the system"), "English", "Deutsch"]
                currentIndex: Math.max(0, codes.indexOf(LanguageSettings.language))
                onActivated: index => LanguageSettings.language = codes[index]
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Dates, times and amounts follow the language too. Some texts change after the next sync or restart.")
        }
    }
}
