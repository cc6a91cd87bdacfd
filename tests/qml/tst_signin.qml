import QtQuick
import QtTest
import Companion.App
import Companion.Shell

// Signs in through the real SignInPage against the real platform-server.
TestCase {
    id: testCase
    name: "SignInPage"
    width: 800
    height: 600
    when: windowShown
    visible: true

    SignInPage {
        id: page
        anchors.fill: parent
    }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_1_buttonNeedsBothFields() {
        const button = findByName(page, "signInButton")
        const email = findByName(page, "emailField")
        const password = findByName(page, "passwordField")
        verify(!button.enabled)
        email.text = "creator@demo.test"
        verify(!button.enabled)
        password.text = "x"
        verify(button.enabled)
        email.text = "   "
        verify(!button.enabled)
    }

    function test_2_wrongPasswordShowsTheServersMessage() {
        findByName(page, "emailField").text = "creator@demo.test"
        findByName(page, "passwordField").text = "not-the-password"
        mouseClick(findByName(page, "signInButton"))
        tryCompare(App.session, "state", AuthSession.SignedOut, 10000)
        const error = findByName(page, "signInError")
        tryCompare(error, "text", "Email or password is incorrect.", 10000)
        verify(error.visible)
    }

    function test_3_signInWithKeyboard() {
        const email = findByName(page, "emailField")
        const password = findByName(page, "passwordField")
        email.text = "st1@demo.test"
        password.text = ""
        password.forceActiveFocus()
        keyClick("d"); keyClick("e"); keyClick("m"); keyClick("o")
        keyClick("1"); keyClick("2"); keyClick("3"); keyClick("4")
        keyClick(Qt.Key_Return)
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        compare(App.session.userName, "Jonas Weber")
        compare(App.session.roleName, "S-T")
        verify(!findByName(page, "signInError").visible)
    }

    function test_4_signOut() {
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
        compare(App.session.userName, "")
    }
}
