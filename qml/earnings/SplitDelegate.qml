pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.Components

// One payment split in the Payments tab: date, course, the rule behind the
// share (and when it was paid out), status and amount. The roles come from
// SplitListModel.
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

    objectName: "splitRow_" + index
    width: ListView.view.width - 12
    padding: 10

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
                Layout.fillWidth: true
                text: row.paidDate.length > 0 ? qsTr("%1 · paid out %2").arg(row.ruleText).arg(row.paidDate) : row.ruleText
                color: Theme.mutedText
                font.pixelSize: 12
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
