pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Companion.App
import Companion.Components

// The calendar: week / month / agenda of sessions over availability, the weekly-hours
// editor and the student preview, always saying in which zone times are shown.
// Keys: Left/Right or PgUp/PgDown previous/next, T today, G jump to a date,
// W/M/A/E/P switch views.
Page {
    id: page
    // A screen reader announces the page (a Page is a "page tab") by this name.
    Accessible.name: qsTr("Calendar")

    objectName: "calendarPage"
    background: null
    // Never ask the window for more room than it has: every row below elides or wraps.
    implicitWidth: 480
    implicitHeight: 360
    focus: true

    readonly property bool signedIn: Account.connection !== Account.SignedOut
    readonly property var viewNames: ["week", "month", "agenda", "editor", "preview"]
    // A narrow page (800x560 beside a wide navigation rail leaves about 520 px): the rows drop
    // what the rail already says and take shorter names, so nothing is cut off.
    readonly property bool narrow: page.width < 640
    // For tests and the screenshot tooling.
    readonly property alias controller: calendar
    readonly property alias sessionDetails: details

    CalendarController {
        id: calendar
    }

    function handleKey(event) {
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier))
            return
        switch (event.key) {
        case Qt.Key_Left:
        case Qt.Key_PageUp:
            calendar.navigator.previous(); break
        case Qt.Key_Right:
        case Qt.Key_PageDown:
            calendar.navigator.next(); break
        case Qt.Key_T:
            calendar.navigator.goToday(); break
        case Qt.Key_G:
            jumpPopup.open(); break
        case Qt.Key_W:
            calendar.navigator.view = "week"; break
        case Qt.Key_M:
            calendar.navigator.view = "month"; break
        case Qt.Key_A:
            calendar.navigator.view = "agenda"; break
        case Qt.Key_E:
            calendar.navigator.view = "editor"; break
        case Qt.Key_P:
            calendar.navigator.view = "preview"; break
        default:
            return
        }
        event.accepted = true
    }
    Keys.onPressed: event => handleKey(event)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        anchors.topMargin: 16
        spacing: 10

        // Title row: page title, range, navigation.
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                objectName: "pageTitle"
                visible: !page.narrow
                text: qsTr("Calendar")
                font.pixelSize: 24
                font.weight: Font.Bold
            }
            Label {
                objectName: "calendarRangeTitle"
                Layout.fillWidth: true
                Layout.leftMargin: page.narrow ? 0 : 12
                text: calendar.navigator.rangeTitle
                font.pixelSize: 18
                elide: Text.ElideRight
            }
            Button {
                objectName: "todayButton"
                text: qsTr("Today")
                flat: true
                visible: calendar.navigator.view !== "editor"
                onClicked: calendar.navigator.goToday()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Go to today (T)")
            }
            ToolButton {
                objectName: "previousButton"
                text: "‹"
                font.pixelSize: 20
                visible: calendar.navigator.view !== "editor"
                Accessible.name: qsTr("Previous")
                onClicked: calendar.navigator.previous()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Previous (←)")
            }
            ToolButton {
                objectName: "nextButton"
                text: "›"
                font.pixelSize: 20
                visible: calendar.navigator.view !== "editor"
                Accessible.name: qsTr("Next")
                onClicked: calendar.navigator.next()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Next (→)")
            }
            Button {
                objectName: "jumpButton"
                text: qsTr("Go to date…")
                flat: true
                visible: calendar.navigator.view !== "editor"
                onClicked: jumpPopup.open()
            }
            Button {
                objectName: "exportButton"
                text: qsTr("Export…")
                flat: true
                Accessible.description: qsTr("Saves sessions as a calendar file for Google or Apple Calendar.")
                onClicked: exportDialog.open()
            }
        }

        // View switcher and zones.
        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            TabBar {
                id: tabs
                objectName: "calendarTabs"
                // While the tabs are being created the bar selects its first one: that must not
                // undo the view the page was opened on (--calendar-view month).
                property bool ready: false
                currentIndex: page.viewNames.indexOf(calendar.navigator.view)
                onCurrentIndexChanged: if (ready && currentIndex >= 0) calendar.navigator.view = page.viewNames[currentIndex]
                Component.onCompleted: {
                    ready = true
                    currentIndex = Qt.binding(() => page.viewNames.indexOf(calendar.navigator.view))
                }
                Repeater {
                    // [name, short name]: the tabs stay the same items when the page narrows.
                    model: [[qsTr("Week"), qsTr("Week")], [qsTr("Month"), qsTr("Month")],
                        [qsTr("Agenda"), qsTr("Agenda")], [qsTr("Availability"), qsTr("Hours")],
                        [qsTr("Student preview"), qsTr("Preview")]]
                    delegate: TabButton {
                        required property var modelData
                        required property int index
                        objectName: "tab_" + page.viewNames[index]
                        text: page.narrow ? modelData[1] : modelData[0]
                        width: implicitWidth
                    }
                }
            }
            Item { Layout.fillWidth: true }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: "viewerZoneLabel"
                Layout.fillWidth: calendar.navigator.view === "editor"
                wrapMode: Text.Wrap
                text: calendar.navigator.view === "editor"
                      ? qsTr("Drag on a day to add hours, drag a block to move it, drag its edge to resize, click it to edit or delete.")
                      : qsTr("Shown in")
                color: Theme.calendarMutedText
            }
            ComboBox {
                id: zoneBox
                objectName: "viewerZoneBox"
                visible: calendar.navigator.view !== "editor"
                Layout.preferredWidth: page.narrow ? 170 : 210
                editable: true
                model: calendar.navigator.zoneChoices
                currentIndex: 0
                Accessible.name: qsTr("Time zone the calendar is shown in")
                onActivated: index => calendar.navigator.viewerZone = calendar.navigator.zoneChoices[index]
                onAccepted: {
                    if (!calendar.navigator.chooseViewerZone(editText)) {
                        zoneHint.text = qsTr("“%1” is not a time zone. Try a name like Europe/Paris.").arg(editText)
                        zoneHint.open()
                    }
                }
                ToolTip {
                    id: zoneHint
                    objectName: "viewerZoneHint"
                    timeout: 4000
                }
                Connections {
                    target: calendar.navigator
                    function onZonesChanged() { zoneBox.currentIndex = 0 }
                }
            }
            Label {
                objectName: "viewerZoneOffset"
                visible: calendar.navigator.view !== "editor"
                text: calendar.navigator.viewerZoneLabel.replace(calendar.navigator.viewerZone + " ", "")
                color: Theme.calendarMutedText
            }
            Item { Layout.fillWidth: true; Layout.minimumWidth: 8; Layout.maximumWidth: page.narrow ? 8 : -1 }
            Rectangle {
                Layout.preferredHeight: teacherZone.implicitHeight + 8
                // Shrinks (the text elides, a tooltip has it whole) rather than push the row wider.
                Layout.fillWidth: true
                Layout.preferredWidth: Math.ceil(teacherZone.implicitWidth) + 18
                Layout.maximumWidth: Math.ceil(teacherZone.implicitWidth) + 18
                radius: 4
                color: Theme.panel
                border.color: Theme.panelBorder
                Label {
                    id: teacherZone
                    objectName: "teacherZoneLabel"
                    anchors.centerIn: parent
                    // A pixel of slack: a fractional text width must not elide it.
                    width: Math.min(Math.ceil(implicitWidth) + 1, parent.width - 12)
                    elide: Text.ElideRight
                    text: qsTr("Your zone: %1").arg(calendar.navigator.teacherZoneLabel)
                }
                HoverHandler { id: teacherZoneHover }
                ToolTip.visible: teacherZoneHover.hovered && teacherZone.truncated
                ToolTip.text: teacherZone.text
            }
        }

        CalendarStatus {
            id: status
            Layout.fillWidth: true
            // No empty band when there is nothing to say.
            visible: status.hasNotice
            controller: calendar
        }

        // The views.
        StackLayout {
            id: views
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The views share the page's width; one view's wish for more (the editor's side
            // panel) must not widen the others past the window.
            Layout.minimumWidth: 0
            Layout.minimumHeight: 0
            visible: page.signedIn && calendar.loaded
            currentIndex: page.viewNames.indexOf(calendar.navigator.view)

            Item {
                WeekView {
                    objectName: "weekView"
                    anchors.fill: parent
                    controller: calendar
                    onSessionClicked: id => details.show(id)
                }
                Label {
                    objectName: "weekEmpty"
                    visible: calendar.weekModel.cardCount === 0
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: 16
                    padding: 8
                    background: Rectangle { radius: 6; color: Theme.panel; border.color: Theme.panelBorder }
                    text: calendar.hasSchedule ? qsTr("No sessions this week.")
                                               : qsTr("No sessions this week, and no weekly hours yet — set them under “Availability”.")
                }
            }
            MonthView {
                objectName: "monthView"
                controller: calendar
                onSessionClicked: id => details.show(id)
            }
            Item {
                AgendaView {
                    objectName: "agendaView"
                    anchors.fill: parent
                    controller: calendar
                    onSessionClicked: id => details.show(id)
                }
                EmptyState {
                    anchors.fill: parent
                    visible: calendar.agendaModel.count === 0
                    title: qsTr("No sessions in %1").arg(calendar.navigator.rangeTitle)
                    explanation: qsTr("Sessions students book appear here. Use ‹ › to look at other months.")
                }
            }
            AvailabilityEditor {
                objectName: "availabilityEditor"
                controller: calendar
            }
            PreviewView {
                objectName: "previewView"
                controller: calendar
            }
        }

        CalendarLegend {
            objectName: "calendarLegend"
            Layout.fillWidth: true
            visible: views.visible && (calendar.navigator.view === "week" || calendar.navigator.view === "month")
            showOthers: calendar.othersTeach
            hint: calendar.navigator.view === "week" ? qsTr("Drag on a day to add hours on that date.") : ""
        }

        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !views.visible
            title: !page.signedIn ? qsTr("Sign in to see your calendar")
                 : calendar.error.length > 0 ? qsTr("The calendar could not be loaded")
                 : qsTr("Loading your calendar…")
            explanation: !page.signedIn ? qsTr("Your availability and sessions are kept per account.")
                       : calendar.error.length > 0 ? calendar.error
                       : qsTr("Reading sessions and availability from this computer's cache.")
        }
    }

    SessionView {
        id: details
        viewerZone: calendar.navigator.viewerZone
    }

    CalendarExportDialog {
        id: exportDialog
    }

    Popup {
        id: jumpPopup
        objectName: "jumpPopup"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        padding: 16
        background: Rectangle {
            radius: 6
            color: jumpPopup.Material.dialogColor
            border.color: jumpPopup.Material.dividerColor
        }
        onOpened: {
            jumpField.text = calendar.navigator.visibleIso
            jumpField.forceActiveFocus()
            jumpField.selectAll()
        }
        onClosed: page.forceActiveFocus()
        ColumnLayout {
            spacing: 8
            Label { text: qsTr("Go to date") ; font.weight: Font.DemiBold }
            TextField {
                id: jumpField
                objectName: "jumpField"
                Layout.preferredWidth: 220
                placeholderText: qsTr("YYYY-MM-DD")
                Accessible.name: qsTr("Go to date")
                onAccepted: jumpGo.clicked()
            }
            Label {
                id: jumpHint
                objectName: "jumpHint"
                visible: text.length > 0
                color: Theme.danger
            }
            Button {
                id: jumpGo
                objectName: "jumpGoButton"
                // No elevation: the software renderer drops elevated backgrounds entirely.
                Material.elevation: 0
                Layout.alignment: Qt.AlignRight
                text: qsTr("Go")
                onClicked: {
                    if (calendar.navigator.jumpToText(jumpField.text)) {
                        jumpHint.text = ""
                        jumpPopup.close()
                    } else {
                        jumpHint.text = qsTr("Enter a date as YYYY-MM-DD.")
                    }
                }
            }
        }
    }
}
