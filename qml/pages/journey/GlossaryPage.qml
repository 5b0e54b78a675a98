import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The Dutch words of letters and of the app, as they are written on paper, each with a short
// explanation in the user's language; in the order of the Dutch alphabet, with a field above
// the list that finds a word (in Dutch or in the explanation) and stays while the list scrolls.
JourneyListPage {
    id: root

    // The terms matching the field, a GlossaryFilter owned by this page.
    readonly property var filter: JourneyGuide.newGlossaryFilter(root)

    title: qsTr("Dutch words")
    model: root.filter

    aboveList: [
        Label {
            id: fieldCaption

            text: qsTr("Find a word")
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        },
        TextField {
            id: field

            objectName: "glossaryFilter"
            font.pixelSize: Theme.fontBody
            inputMethodHints: Theme.privateTextHints
            Accessible.name: fieldCaption.text
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onTextChanged: root.filter.text = text
        },
        BodyText {
            objectName: "glossaryNothingFound"
            visible: root.filter.count === 0
            text: qsTr("No word found. Try fewer letters.")
        }
    ]

    listHeader: ListNote {
        text: qsTr("These words are in Dutch on your letters. Here they are explained.")
    }

    delegate: JourneyCard {
        id: card

        required property string termId
        required property string term
        required property string explanation

        objectName: "term_" + card.termId
        // From the page, not from ListView.view (attached only after the row's bindings first
        // ran: its text would be wrapped at width 0 first, and rows overlapped in the first frames).
        width: root.rowWidth // qmllint disable unqualified

        contentItem: ColumnLayout {
            spacing: Theme.spacingSmall

            Heading {
                objectName: "glossaryTerm"
                text: card.term
                topPadding: 0
            }
            TermText {
                objectName: "glossaryExplanation"
                plainText: card.explanation
            }
        }
    }
}
