import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// What costs money on the way: each cost in plain words (who pays, or that the price differs),
// and an amount only where the rule pack has one from a source, in the user's digits.
JourneyListPage {
    id: root

    title: qsTr("Costs")
    model: JourneyGuide.costs

    listHeader: ListNote {
        text: qsTr("Some things on the way cost money. Samen shows an amount only where an official source gives it. Where prices differ, it says so.")
    }

    listFooter: ListNote {
        footer: true
        text: qsTr("Rules and numbers as of %1.").arg(LanguageController.isolate(JourneyGuide.rulesAsOf))
        color: Theme.textMuted
    }

    delegate: JourneyCard {
        id: card

        required property string costId
        required property string text
        required property string amount
        required property bool hasAmount

        objectName: "cost_" + card.costId
        // From the page, not from ListView.view (attached only after the row's bindings first
        // ran: its text would be wrapped at width 0 first, and rows overlapped in the first frames).
        width: root.rowWidth // qmllint disable unqualified

        contentItem: ColumnLayout {
            spacing: Theme.spacingSmall

            TermText {
                plainText: card.text
            }
            BodyText {
                objectName: "costAmount"
                visible: card.hasAmount
                text: qsTr("Amount: %1").arg(LanguageController.isolate(card.amount))
                font.bold: true
            }
        }
    }
}
