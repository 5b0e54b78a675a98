import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The way into the reference parts: who can help and how to reach them, the Dutch words
// explained, and what costs money. Three short buttons rather than one long page: each part is
// a list of its own (a phone number must not be hidden under 35 words at 360x640), and the
// user who comes for one thing sees at once where it is.
AppPage {
    id: root

    signal openPage(string name)

    title: qsTr("Help, words and costs")

    BodyText {
        text: qsTr("This information is in the app. It also works without internet.")
    }
    SectionButton {
        objectName: "journeyHelpButton"
        iconName: "contacts"
        text: qsTr("Help and contacts")
        subtitle: qsTr("Who can help you, and how to reach them.")
        onClicked: root.openPage("journeyhelp")
    }
    SectionButton {
        objectName: "glossaryButton"
        iconName: "words"
        text: qsTr("Dutch words")
        subtitle: qsTr("What the words in IND letters mean.")
        onClicked: root.openPage("glossary")
    }
    SectionButton {
        objectName: "costsButton"
        iconName: "costs"
        text: qsTr("Costs")
        subtitle: qsTr("What costs money on the way, and who pays.")
        onClicked: root.openPage("costs")
    }
    BodyText {
        objectName: "rulesAsOf"
        text: qsTr("Rules and numbers as of %1.").arg(LanguageController.isolate(JourneyGuide.rulesAsOf))
        color: Theme.textMuted
    }
}
