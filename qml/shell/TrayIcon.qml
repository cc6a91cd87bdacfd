import QtQuick
import Qt.labs.platform as Platform
import Companion.App

// The tray icon, loaded only where a StatusNotifier host shows it: the next session with
// Join, and Open, Sync now, Quit.
Platform.SystemTrayIcon {
    visible: true
    icon.source: "qrc:/icons/org.peerlearning.companion.png"
    tooltip: NextSessionStatus.text.length > 0 ? NextSessionStatus.text : qsTr("Companion")
    onActivated: App.raiseWindow()

    menu: Platform.Menu {
        Platform.MenuItem {
            visible: NextSessionStatus.sessionId.length > 0
            enabled: false
            text: NextSessionStatus.text
        }
        Platform.MenuItem {
            visible: NextSessionStatus.sessionId.length > 0
            text: qsTr("Join")
            onTriggered: App.openLink("companion://join/" + NextSessionStatus.sessionId)
        }
        Platform.MenuSeparator {
            visible: NextSessionStatus.sessionId.length > 0
        }
        Platform.MenuItem {
            text: qsTr("Open Companion")
            onTriggered: App.raiseWindow()
        }
        Platform.MenuItem {
            text: qsTr("Sync now")
            onTriggered: Account.syncNow()
        }
        Platform.MenuItem {
            text: qsTr("Quit")
            onTriggered: Qt.quit()
        }
    }
}
