import QtQuick
import QtQuick.Controls

// The agenda's day headers. A separate, unbound file on purpose: Qt 6.4 cannot create
// a ListView section delegate declared under "pragma ComponentBehavior: Bound"
// ("QQmlComponent: Component is not ready"), so AgendaView takes `header` from here.
QtObject {
    property Component header: Component {
        Label {
            id: label
            required property string section
            width: label.parent ? label.parent.width : 0
            topPadding: 14
            bottomPadding: 4
            text: label.section
            font.weight: Font.DemiBold
            opacity: 0.75
        }
    }
}
