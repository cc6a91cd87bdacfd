import QtQuick
import QtTest
import Companion.App
import Companion.Shell
import Companion.Test

// The sign-in page's address step (the window's first run; tst_gui_e2e shows the real app
// opening there): a wrong address gets a clear message, the right one leads to the e-mail
// and password, which signs in; the password is cleared after a failed sign-in; the
// platform's own pages are linked.
TestCase {
    id: testCase
    name: "FirstRun"
    width: 800
    height: 640
    when: windowShown
    visible: true

    SignInPage {
        id: page
        anchors.fill: parent
    }

    property string platform: ""

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

    function initTestCase() {
        platform = App.serverUrl.replace(/\/$/, "")
        App.changeServer()
        verify(App.askingServer)
        verify(findByName(page, "serverStep").visible)
        verify(!findByName(page, "credentialsStep").visible)
    }

    function choose(address) {
        const field = findByName(page, "serverField")
        field.text = address
        const button = findByName(page, "serverContinueButton")
        tryVerify(() => button.enabled)
        waitForRendering(page)
        mouseClick(button)
        tryCompare(App, "checkingServer", false, 15000)
    }

    function test_1_wrongAddressesSayWhy() {
        choose("http://platform.example.org")
        verify(App.serverError.indexOf("use https") >= 0, "got: " + App.serverError)
        verify(findByName(page, "serverError").visible)
        choose("not a url at all")
        verify(App.serverError.length > 0, "no error for a text that is no address")
        // Nothing listens on port 9 here: it cannot be reached, and the message says so.
        choose("127.0.0.1:9")
        verify(App.serverError.indexOf("could not reach http://127.0.0.1:9") >= 0, App.serverError)
        // A web server that is not a Companion platform (the platform's own sign-up page).
        choose(platform + "/signup")
        verify(App.serverError.indexOf("not a Companion platform") >= 0, App.serverError)
        verify(App.askingServer)
    }

    function test_2_theRightOneLeadsToSignIn() {
        // Typed as a person would: without the scheme, with a slash at the end.
        choose(platform.replace("http://", "") + "/")
        compare(App.serverError, "")
        verify(!App.askingServer)
        compare(App.serverUrl, platform)
        verify(findByName(page, "credentialsStep").visible)
        verify(findByName(page, "signUpLink").visible)
        verify(findByName(page, "resetPasswordLink").visible)
        verify(App.resetPasswordUrl.indexOf(platform) === 0, App.resetPasswordUrl)
    }

    function test_3_aFailedSignInClearsThePassword() {
        findByName(page, "emailField").text = "st1@demo.test"
        findByName(page, "passwordField").text = "wrong"
        mouseClick(findByName(page, "signInButton"))
        tryVerify(() => App.session.lastError.length > 0, 15000)
        compare(findByName(page, "passwordField").text, "")
        verify(findByName(page, "signInError").visible)
    }

    function test_4_signsIn() {
        findByName(page, "passwordField").text = "demo1234"
        mouseClick(findByName(page, "signInButton"))
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "settled", true, 20000)
        tryCompare(Account.sync, "syncing", false, 20000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
        compare(findByName(page, "passwordField").text, "")
    }
}
