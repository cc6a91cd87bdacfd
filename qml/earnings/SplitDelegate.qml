pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.Components

// One payment split in the Payments tab: booking date, course, who paid and when the
// session was, the rule behind the share (naming the S-T who taught), where the money is
// and since when, status and amount. The roles come from SplitListModel.
Card {
    id: row

    required property int index
    required property string courseTitle
    required property string ruleText
    required property string amountText
    required property string status
    required property string statusLabel
    required property string createdDate
    required property string paidDate
    required property string studentName
    required property string sessionDate
    required property string statusDateText
    required property string sessionId

    // A click, Enter or Space: the page opens the session.
    signal sessionRequested(string sessionId)

    objectName: "splitRow_" + index
    width: ListView.view.width - 12
    padding: 10
    focusRing: activeFocus
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2, %3: open the session").arg(courseTitle).arg(amountText).arg(statusLabel)
    Keys.onReturnPressed: if (sessionId.length > 0) sessionRequested(sessionId)
    Keys.onSpacePressed: if (sessionId.length > 0) sessionRequested(sessionId)

    TapHandler {
        enabled: row.sessionId.length > 0
        onTapped: row.sessionRequested(row.sessionId)
    }
    HoverHandler {
        cursorShape: row.sessionId.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            Layout.preferredWidth: 140
            text: row.createdDate
            color: Theme.mutedText
            elide: Text.ElideRight
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: row.courseTitle
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                objectName: "splitWho_" + row.index
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.studentName.length > 0 && row.sessionDate.length > 0
                      ? qsTr("%1 · session %2").arg(row.studentName).arg(row.sessionDate)
                      : row.sessionDate.length > 0 ? qsTr("Session %1").arg(row.sessionDate) : row.studentName
                elide: Text.ElideRight
                font.pixelSize: 13
            }
            Label {
                objectName: "splitRule_" + row.index
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(row.ruleText).arg(row.statusDateText)
                color: Theme.mutedText
                font.pixelSize: 12
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        StatusChip {
            text: row.statusLabel
            tone: Theme.statusTone(row.status)
        }
        Label {
            objectName: "splitAmount_" + row.index
            Layout.preferredWidth: 90
            horizontalAlignment: Text.AlignRight
            text: row.amountText
            font.weight: Font.DemiBold
            font.strikeout: row.status === "reversed"
        }
    }
}
