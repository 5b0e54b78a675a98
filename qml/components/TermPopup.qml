import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Samen
import Samen.App

// The explanation of one glossary term, over the page: the Dutch term as on paper, what it
// means in the user's language, and Close. Opened by TermText when a term is tapped.
Popup {
    id: root

    // The term shown (JourneyGuide.term(id)).
    property glossaryEntry entry

    // Shows the term with id (or link "term:<id>") @p termId.
    function show(termId: string) {
        root.entry = JourneyGuide.term(termId);
        if (root.entry.id.length > 0)
            root.open();
    }

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 320, Theme.contentMaxWidth)
    // Never taller than the window: a long text scrolls, Close stays on screen.
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    modal: true
    focus: true
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        LayoutMirroring.enabled: LanguageController.rightToLeft
        LayoutMirroring.childrenInherit: true

        Heading {
            objectName: "termPopupTerm"
            text: root.entry.term
        }
        // Terms in the explanation ("a reaction to a voornemen") show their own.
        TermExplanation {
            objectName: "termPopupExplanation"
            text: root.entry.explanation
            onTermTapped: link => root.show(link)
        }
        SecondaryButton {
            objectName: "termPopupClose"
            text: qsTr("Close")
            onClicked: root.close()
        }
    }
}
