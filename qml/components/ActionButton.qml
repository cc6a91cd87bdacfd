import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A push button that draws its own flat background. Material's raised button
// paints through an elevation layer that the software renderer drops (the
// button would show as bare text), so actions use this instead.
// `primary` fills it with the accent colour; otherwise it is outlined.
Button {
    id: control

    // Enter activates it as Space does (Qt 6.4's buttons take Space only).
    Keys.onReturnPressed: control.activate()
    Keys.onEnterPressed: control.activate()
    function activate() {
        if (control.checkable)
            control.toggle()
        control.clicked()
    }

    property bool primary: highlighted || checked
    readonly property bool dark: Material.theme === Material.Dark

    padding: 8
    leftPadding: 14
    rightPadding: 14

    contentItem: Label {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: !control.enabled ? (control.dark ? "#7d878c" : "#8f9a9f")
             : control.primary ? (control.dark ? "#00201c" : "#ffffff")
             : (control.dark ? "#80cbc4" : "#00695c")
    }

    background: Rectangle {
        implicitWidth: 64
        implicitHeight: 36
        radius: 4
        // Keyboard focus: a frame just outside the button, visible on the filled one too.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            visible: control.visualFocus
            radius: 6
            color: "transparent"
            border.width: 2
            border.color: Theme.focusRing
        }
        color: !control.enabled ? (control.dark ? "#2f3639" : "#e4e8ea")
             : control.primary ? (control.down ? (control.dark ? "#26a69a" : "#004d40")
                                               : (control.dark ? "#4db6ac" : "#00796b"))
             : control.down ? (control.dark ? "#2a4542" : "#d7eeeb")
             : control.hovered ? (control.dark ? "#243836" : "#e9f5f3")
             : "transparent"
        border.width: control.primary && control.enabled ? 0 : 1
        border.color: !control.enabled ? (control.dark ? "#444d52" : "#cfd6d9")
                    : (control.dark ? "#4db6ac" : "#4f9c93")
    }
}
