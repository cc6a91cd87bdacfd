pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Companion.App

// "Add to Google Calendar" and "Download .ics" for one session, in every session view.
// The Google link is a one-off copy; the .ics keeps the session's UID, so importing a later
// one (moved, cancelled) updates it.
ColumnLayout {
    id: links

    required property string sessionId
    // Tests save without the file dialog: links.saveTo(url).
    function saveTo(url) {
        exporter.exportSession(links.sessionId, url)
    }

    spacing: 4

    CalendarExporter {
        id: exporter
    }

    Flow {
        Layout.fillWidth: true
        spacing: 8

        ActionButton {
            objectName: "addToGoogleCalendarButton"
            text: qsTr("Add to Google Calendar")
            Accessible.description: qsTr("Opens Google Calendar in your browser with this session filled in.")
            onClicked: exporter.openGoogleCalendar(links.sessionId)
        }
        ActionButton {
            objectName: "downloadIcsButton"
            text: qsTr("Download .ics")
            Accessible.description: qsTr("Saves this session as a calendar file for Apple Calendar, Outlook or Thunderbird.")
            enabled: !exporter.busy
            onClicked: saveDialog.open()
        }
    }
    Label {
        objectName: "sessionExportMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: exporter.message
        color: exporter.failed ? Theme.danger : Theme.mutedText
        wrapMode: Text.Wrap
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the session as a calendar file")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "ics"
        nameFilters: [qsTr("Calendar files (*.ics)")]
        selectedFile: exporter.sessionFileName(links.sessionId)
        onAccepted: links.saveTo(selectedFile)
    }
}
