import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Writing to the open feed: a post, or (for the course's teachers and creator) an
// announcement. The post goes to the outbox first, so it is never lost offline.
Card {
    id: composer

    readonly property int maxLength: 5000
    property string problem

    padding: 12

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(140, Math.max(64, text.implicitHeight))

            TextArea {
                id: text

                objectName: "feedComposerText"
                placeholderText: qsTr("Write to %1…").arg(Feeds.currentTitle)
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("New post")
                onTextChanged: composer.problem = ""
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            CheckBox {
                id: announce

                objectName: "feedAnnounce"
                visible: Feeds.canAnnounce
                text: qsTr("Announcement")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Marked as from the teacher, so students do not miss it.")
            }

            Label {
                Layout.fillWidth: true
                text: composer.problem.length > 0 ? composer.problem
                      : text.length > composer.maxLength - 500
                        ? qsTr("%1 of %2 characters").arg(text.length).arg(composer.maxLength) : ""
                color: composer.problem.length > 0 || text.length > composer.maxLength ? Theme.danger : Theme.mutedText
                wrapMode: Text.WordWrap
            }

            ActionButton {
                objectName: "feedPostButton"
                primary: true
                text: announce.checked ? qsTr("Announce") : qsTr("Post")
                enabled: text.text.trim().length > 0
                onClicked: {
                    composer.problem = Feeds.post(text.text, announce.checked)
                    if (composer.problem.length === 0) {
                        text.clear()
                        announce.checked = false
                    }
                }
            }
        }
    }
}
