pragma ComponentBehavior: Bound

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
        rowWidth: root.rowWidth
        text: qsTr("Some things on the way cost money. Samen shows an amount only where an official source gives it. Where prices differ, it says so.")
    }

    listFooter: ListNote {
        rowWidth: root.rowWidth
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
        width: root.rowWidth

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
