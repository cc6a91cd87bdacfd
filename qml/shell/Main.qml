import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Home
import Companion.Calendar
import Companion.Bookings
import Companion.Earnings
import Companion.Payouts
import Companion.Settings

ApplicationWindow {
    id: window

    readonly property bool signedIn: App.session.state === AuthSession.SignedIn
                                     || App.session.state === AuthSession.Offline

    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 560
    visible: true
    title: signedIn ? qsTr("Companion — %1").arg(App.session.userName) : qsTr("Companion")

    Material.theme: App.darkTheme ? Material.Dark : Material.Light
    Material.accent: Material.Teal
    Material.primary: Material.BlueGrey

    SignInPage {
        anchors.fill: parent
        visible: !window.signedIn
    }

    RowLayout {
        anchors.fill: parent
        visible: window.signedIn
        spacing: 0

        NavigationRail {
            Layout.fillHeight: true
            Layout.preferredWidth: 240
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            StatusBanner {
                Layout.fillWidth: true
                visible: App.session.state === AuthSession.Offline
                text: qsTr("Offline: showing what was saved on this computer. %1").arg(App.session.lastError)
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: App.currentPageIndex

                HomePage {}
                CalendarPage {}
                BookingsPage {}
                EarningsPage {}
                PayoutsPage {}
                SettingsPage {}
            }
        }
    }
}
