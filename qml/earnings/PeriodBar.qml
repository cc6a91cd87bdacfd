import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Companion.App
import Companion.Components

// Which period the page covers: the presets a tax year or a month-end needs, or a custom
// range typed as dates (checked; the reason shown next to the fields).
RowLayout {
    id: bar

    required property EarningsController earnings
    property string problem

    spacing: 8

    Label {
        text: qsTr("Period")
        color: Theme.mutedText
    }
    ComboBox {
        id: presets

        objectName: "earningsPeriod"
        Layout.preferredWidth: 200
        textRole: "label"
        valueRole: "key"
        model: [
            { key: "this_month", label: qsTr("This month") },
            { key: "last_month", label: qsTr("Last month") },
            { key: "last_30_days", label: qsTr("Last 30 days") },
            { key: "this_year", label: qsTr("This year") },
            { key: "last_year", label: qsTr("Last year") },
            { key: "last_12_months", label: qsTr("Last 12 months") },
            { key: "custom", label: qsTr("Custom…") }
        ]
        currentIndex: indexOfValue(bar.earnings.period)
        onActivated: {
            if (currentValue !== "custom") {
                bar.problem = ""
                bar.earnings.period = currentValue
            } else {
                fromField.text = bar.earnings.fromDate
                toField.text = bar.earnings.toDate
                fromField.forceActiveFocus()
            }
        }
        Accessible.name: qsTr("Period")
    }
    DateField {
        id: fromField

        objectName: "periodFrom"
        visible: presets.currentValue === "custom"
        accessibleName: qsTr("From")
        onAccepted: toField.text.length > 0 ? apply.clicked() : undefined
    }
    Label {
        visible: fromField.visible
        text: "–"
    }
    DateField {
        id: toField

        objectName: "periodTo"
        visible: presets.currentValue === "custom"
        accessibleName: qsTr("To")
        onAccepted: fromField.text.length > 0 ? apply.clicked() : undefined
    }
    ActionButton {
        id: apply

        objectName: "periodApply"
        visible: fromField.visible
        text: qsTr("Show")
        onClicked: bar.problem = bar.earnings.setCustomPeriod(fromField.text, toField.text)
    }
    Label {
        objectName: "periodProblem"
        Layout.fillWidth: true
        text: bar.problem
        color: Theme.danger
        elide: Text.ElideRight
    }
}
