import QtQuick
import Samen
import Samen.App

// A paragraph like BodyText in which every glossary term (the Dutch words of the pack's
// glossary: "mvv", "herstel verzuim", "IND" …) is underlined and can be tapped; a tap opens a
// popup with the term and its explanation in the user's language (TermPopup).
//
// API
//   plainText: string   The text to show, as plain text (e.g. qsTr(…) or a model role). It is
//                       escaped in C++ (JourneyGuide.linkTerms), so "<" and "&" show as typed,
//                       and line breaks are kept. Set this, never text or textFormat.
//   linked: bool        false shows plainText without links (default true).
//   termOpened(termId)  Emitted after a tapped term's popup opened.
//   Everything else is BodyText's (a Label): color, font, horizontalAlignment, Layout.*.
// Example
//   TermText { plainText: qsTr("Your family collects the mvv at the embassy.") }
// The popup is created on the first tap only, so a page full of TermTexts costs no popups.
BodyText {
    id: root

    property string plainText
    property bool linked: true

    signal termOpened(string termId)

    text: root.linked ? JourneyGuide.linkTerms(root.plainText) : root.plainText
    textFormat: root.linked ? Text.StyledText : Text.PlainText
    linkColor: Theme.primary
    onLinkActivated: link => {
        popup.active = true;
        popup.item.show(link);
        if (popup.item.opened || popup.item.visible)
            root.termOpened(popup.item.entry.id);
    }

    Loader {
        id: popup

        active: false
        sourceComponent: TermPopup {
        }
    }
}
