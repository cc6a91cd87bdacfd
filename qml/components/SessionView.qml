import QtQuick
import QtQuick.Controls
import Companion.App

// The one session view: Home, the calendar, Bookings, Earnings and companion:// links all
// open this. What the cache holds shows at once (also offline: who is in tonight's class);
// attendance, the course text and the recording follow from the server.
Dialog {
    id: view

    // The zone "when" is written in ("" = the lists' zone); the calendar passes "Shown in".
    property string viewerZone: ""
    readonly property alias detail: detail

    // Opens the view for a session this computer knows and reads it afresh (also the same
    // one again). Returns whether it opened (an unknown id opens nothing).
    function show(sessionId) {
        if (detail.sessionId === sessionId)
            detail.reload()
        else
            detail.sessionId = sessionId
        if (detail.found)
            open()
        return detail.found
    }

    objectName: "sessionDetails"
    // Takes the keyboard focus when open, so Escape closes it and Tab stays inside.
    focus: true
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(580, parent ? parent.width - 48 : 580)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    title: detail.title
    standardButtons: Dialog.Close
    // Drawn here: Material's dialog background is an elevation layer the software renderer
    // drops, which would leave the dialog see-through.
    background: Rectangle {
        radius: 8
        color: Theme.dialog
        border.color: Theme.cardBorder
    }

    SessionDetailController {
        id: detail
        viewerZone: view.viewerZone
    }

    // The content is made when the view opens, not with every page that can open it (a
    // start makes Home's view and the window's own).
    Loader {
        anchors.fill: parent
        active: view.visible
        // A file, not an inline Component: Qt 6.4 refuses to make a bound inline component
        // from a Loader inside a popup.
        Component.onCompleted: setSource("SessionViewBody.qml", { detail: detail })
    }
}
