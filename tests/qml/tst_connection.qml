import QtQuick
import QtTest
import Companion.App
import Companion.Settings
import Companion.Shell
import Companion.Test

// Account.connection, the one connection state the screens read: signed out,
// online after a sign-in, offline (from the cache) when the server goes away,
// online again when it is back; and the sync indicator and settings follow it.
TestCase {
    id: testCase
    name: "Connection"
    width: 900
    height: 700
    when: windowShown
    visible: true

    Row {
        anchors.fill: parent
        SyncIndicator {
            id: indicator
            width: 240
        }
        SettingsPage {
            id: settings
            width: 600
            height: 700
        }
    }

    function connectionRow() {
        // The "Connection" InfoRow of the settings page shows the state in words.
        const rows = []
        const walk = item => {
            if (item.label === "Connection" && item.value !== undefined)
                rows.push(item)
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(settings)
        verify(rows.length === 1, "the settings page has one Connection row")
        return rows[0]
    }

    function test_0_signedOut() {
        compare(App.session.state, AuthSession.SignedOut)
        compare(Account.connection, Account.SignedOut)
        verify(!indicator.offline)
        compare(connectionRow().value, "Not signed in")
    }

    function test_1_online() {
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(Account, "connection", Account.Online, 15000)
        verify(Account.ready)
        tryCompare(Account, "settled", true, 20000)
        compare(Account.connection, Account.Online)
        verify(!indicator.offline)
        compare(connectionRow().value, "Online")
    }

    function test_2_offlineAndBack() {
        verify(TestServer.stop(), "the server did not stop")
        Account.syncNow()
        tryCompare(Account, "connection", Account.Offline, 15000)
        verify(Account.ready, "offline, the cached data stays open")
        compare(Account.sync.online, false)
        verify(indicator.offline)
        verify(connectionRow().value.startsWith("Offline"))

        verify(TestServer.start(), "the server did not come back")
        Account.syncNow()
        tryCompare(Account, "connection", Account.Online, 20000)
        verify(!indicator.offline)
        compare(connectionRow().value, "Online")
    }

    function test_3_signOut() {
        tryCompare(Account.sync, "syncing", false, 15000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
        compare(Account.connection, Account.SignedOut)
        verify(!Account.ready)
    }
}
