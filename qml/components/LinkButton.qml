import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A text-only action that reads like a link ("All bookings →"), in sentence
// case like ActionButton.
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

    property bool danger: false
    readonly property bool dark: Material.theme === Material.Dark

    flat: true
    leftPadding: 4
    rightPadding: 4
    font.capitalization: Font.MixedCase
    font.weight: Font.DemiBold

    // Material's own background shows keyboard focus only as a faint tint; this one frames it.
    background: Rectangle {
        implicitWidth: 48
        implicitHeight: 36
        radius: 4
        color: control.down ? Theme.cardHighlight
             : control.hovered ? Qt.rgba(Theme.link.r, Theme.link.g, Theme.link.b, 0.08) : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }

    contentItem: Label {
        text: control.text
        font: control.font
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
        color: !control.enabled ? (control.dark ? "#7d878c" : "#8f9a9f")
             : control.danger ? (control.dark ? "#f5b3bb" : "#b3261e")
             : (control.dark ? "#80cbc4" : "#00695c")
    }
}
