import QtQuick
import QtWebEngine
import Companion.App

// The room's page, under the room's policy: permissions only for the room's origin (and no
// request left unanswered), navigation kept in the room or handed to the browser or refused,
// breakouts in room windows, fullscreen from the page's own button, a fresh token for every
// reload, and the compatibility layer for Chromium 102 injected before the page's scripts.
// No QWebChannel or other bridge is given to the page.
WebEngineView {
    id: view

    required property RoomSession room
    // The window toggles fullscreen for the page.
    signal fullScreenToggled(bool on)
    property int tokenRetries: 0
    // The address of a fresh ticket is loaded once; loading it again is a reload.
    property bool freshTicket: false

    // WebEngineView.Feature and WebEngineScript values (the value type's enums are not
    // reachable from QML in 6.4).
    readonly property int injectAtDocumentCreation: 2
    readonly property int mainWorld: 0

    function installCompatLayer() {
        // Qt 6.4 does not describe userScripts' type to the tooling: it exists, qmllint
        // cannot see it.
        // qmllint disable
        const scripts = view.userScripts
        // qmllint enable
        scripts.clear()
        if (view.room.compatScript.length === 0)
            return
        const script = WebEngine.script()
        script.name = "companion-chromium102-compat"
        script.sourceCode = view.room.compatScript
        script.injectionPoint = view.injectAtDocumentCreation
        script.worldId = view.mainWorld
        script.runsOnSubframes = false
        scripts.insert(script)
    }
    function loadRoom() {
        if (String(view.room.url).length === 0)
            return
        installCompatLayer()
        view.freshTicket = true
        view.url = view.room.url
    }
    // Let go of camera, microphone and screen: the page unloads (and says it left).
    function release() {
        view.url = "about:blank"
    }
    function stopSharing() {
        view.runJavaScript("window.__companionCompat && window.__companionCompat.stopSharing()")
        view.room.setSharingScreen(false)
    }

    settings.screenCaptureEnabled: true
    settings.fullScreenSupportEnabled: true
    settings.playbackRequiresUserGesture: false
    settings.javascriptCanAccessClipboard: false
    settings.allowWindowActivationFromJavaScript: false
    settings.unknownUrlSchemePolicy: WebEngineSettings.DisallowUnknownUrlSchemes
    settings.localContentCanAccessRemoteUrls: false

    Component.onCompleted: {
        if (view.room.breakout) {
            installCompatLayer()
            const request = view.room.newWindowRequest as WebEngineNewWindowRequest
            if (request)
                view.acceptAsNewWindow(request)
        } else {
            loadRoom()
        }
    }
    Connections {
        target: view.room
        function onUrlChanged() { view.loadRoom() }
    }

    onFeaturePermissionRequested: (securityOrigin, feature) => {
        const granted = view.room.grants(securityOrigin, feature)
        view.grantFeaturePermission(securityOrigin, feature, granted)
        if (granted && view.room.isScreenCapture(feature)) {
            view.room.setSharingScreen(true)
            sharingPoll.start()
        }
    }
    onNavigationRequested: request => {
        // A reload reuses the address's token, which lives ten minutes: ask for a fresh one.
        const reload = request.navigationType === WebEngineNavigationRequest.ReloadNavigation
                       || (String(request.url) === String(view.room.url) && !view.freshTicket)
        if (request.isMainFrame && reload && !view.room.breakout) {
            request.reject()
            view.room.connectRoom()
            return
        }
        if (request.isMainFrame)
            view.freshTicket = false
        if (view.room.navigationFor(request.url, request.isMainFrame) === RoomSession.Stay)
            request.accept()
        else
            request.reject()
    }
    onNewWindowRequested: request => {
        // Must be accepted before this handler returns, or the page's window.open fails.
        if (view.room.newWindowFor(request.requestedUrl) === RoomSession.RoomWindow)
            Rooms.openBreakout(view.room, request)
    }
    onWindowCloseRequested: view.room.end()
    onFullScreenRequested: request => {
        request.accept()
        view.fullScreenToggled(request.toggleOn)
    }
    onRenderProcessTerminated: (terminationStatus, exitCode) => {
        if (terminationStatus === WebEngineView.NormalTerminationStatus)
            return
        view.room.showNotice(qsTr("The room stopped unexpectedly. Companion opened it again."))
        if (view.room.breakout)
            view.room.pageFailed(qsTr("The breakout room stopped unexpectedly. Open it again from the main room."))
        else
            view.room.connectRoom()
    }
    onLoadingChanged: info => {
        if (info.status === WebEngineView.LoadSucceededStatus) {
            view.tokenRetries = 0
            return
        }
        if (info.status !== WebEngineView.LoadFailedStatus || info.errorDomain === WebEngineView.NoErrorDomain)
            return
        if (String(info.url) === "about:blank")
            return
        if (info.errorCode === -3) // ERR_ABORTED: our own refusals and reloads
            return
        // The room's page refused its address (an expired or used-up token, most likely):
        // once more with a fresh one, then say what happened.
        if (view.tokenRetries < 1 && !view.room.breakout) {
            view.tokenRetries += 1
            view.room.connectRoom()
            return
        }
        view.room.pageFailed(info.errorDomain === WebEngineView.HttpErrorDomain
                             ? qsTr("The video server answered with an error (%1). Try again in a moment.").arg(info.errorCode)
                             : qsTr("The video server could not be reached (error %1). Check your connection, then try again.").arg(info.errorCode))
    }

    Timer {
        id: sharingPoll

        interval: 1000
        repeat: true
        onTriggered: view.runJavaScript("window.__companionCompat ? window.__companionCompat.sharing() : false",
                                        sharing => {
                                            view.room.setSharingScreen(sharing === true)
                                            if (sharing !== true)
                                                sharingPoll.stop()
                                        })
    }
}
