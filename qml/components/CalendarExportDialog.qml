pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Companion.App

// "Export…" from the calendar and bookings screens: the sessions of a range of days as one
// .ics file for Google Calendar (Import), Apple Calendar, Outlook or Thunderbird. It works
// offline: the file is written from the sessions on this computer.
Dialog {
    id: dialog
    // Takes the keyboard focus when open, so Escape closes it and Tab stays inside.
    focus: true

    // First and last day, "YYYY-MM-DD" in the user's zone: today and 90 days on, unless the
    // opener says otherwise.
    property string fromDay: ""
    property string toDay: ""
    readonly property alias sessionCount: exporter.count

    // Tests export without the file dialog: dialog.exportTo(url).
    function exportTo(url) {
        exporter.exportTo(url)
    }

    objectName: "calendarExportDialog"
    title: qsTr("Export sessions to a calendar file")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 40 : 520)
    padding: 20
    background: Rectangle {
        radius: 8
        color: Theme.card
        border.color: Theme.cardBorder
    }
    // The title on the dialog's own card (Material's header paints a second, lighter colour).
    header: Label {
        text: dialog.title
        padding: 20
        bottomPadding: 4
        font.pixelSize: 18
        font.weight: Font.DemiBold
        elide: Label.ElideRight
        color: Theme.strongText
    }
    onAboutToShow: {
        exporter.clearMessage()
        fromField.text = dialog.fromDay || exporter.dayFromToday(0)
        toField.text = dialog.toDay || exporter.dayFromToday(90)
    }

    CalendarExporter {
        id: exporter
        from: fromField.text
        to: toField.text
        includeCancelled: cancelledBox.checked
        onlyMine: mineBox.checked
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 4

            Label { text: qsTr("First day") }
            Label { text: qsTr("Last day") }
            TextField {
                id: fromField
                objectName: "exportFromField"
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("First day of the export")
            }
            TextField {
                id: toField
                objectName: "exportToField"
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Last day of the export")
            }
        }
        CheckBox {
            id: mineBox
            objectName: "exportOnlyMine"
            text: qsTr("Only sessions I teach (leave out S-Ts' sessions of my courses)")
        }
        CheckBox {
            id: cancelledBox
            objectName: "exportIncludeCancelled"
            text: qsTr("Include cancelled sessions (shown as cancelled)")
        }
        Label {
            objectName: "exportSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: dialog.sessionCount < 0 ? Theme.danger : Theme.mutedText
            text: dialog.sessionCount < 0
                  ? qsTr("Enter the days as YYYY-MM-DD, the first on or before the last.")
                  : qsTr("%n session(s) will be exported, in your time zone (%1).", "", dialog.sessionCount)
                        .arg(App.session.timeZone)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("A file is a copy: it does not change when sessions do. To keep your calendar up to date, subscribe to your calendar address in Settings.")
        }
        Label {
            objectName: "exportMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: exporter.failed ? Theme.danger : Theme.strongText
            text: exporter.message
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 8
            Item { Layout.fillWidth: true }
            ActionButton {
                text: qsTr("Close")
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: "exportSaveButton"
                primary: true
                text: qsTr("Save as…")
                enabled: dialog.sessionCount > 0 && !exporter.busy
                onClicked: saveDialog.open()
            }
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the sessions as a calendar file")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "ics"
        nameFilters: [qsTr("Calendar files (*.ics)")]
        selectedFile: exporter.suggestedFileName(exporter.from, exporter.to)
        onAccepted: dialog.exportTo(selectedFile)
    }
}
