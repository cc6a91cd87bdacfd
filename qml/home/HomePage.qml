import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

Page {
    id: page
    background: null

    function greeting() {
        const hour = new Date().getHours()
        if (hour < 12)
            return qsTr("Good morning")
        if (hour < 18)
            return qsTr("Good afternoon")
        return qsTr("Good evening")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: 24

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("%1, %2").arg(page.greeting()).arg(App.session.userName.split(" ")[0])
            subtitle: qsTr("Signed in as %1 · times shown in %2").arg(App.session.roleName).arg(App.session.timeZone)
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Your next sessions will appear here")
            explanation: qsTr("Home will show your next session with its Join button, reminders and this month's earnings once syncing is built. For now you can check your account under Settings.")
            actionText: qsTr("Open Settings")
            onActionTriggered: App.currentPage = "settings"
        }
    }
}
