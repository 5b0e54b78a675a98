import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The explanation of a glossary term in TermPopup: a paragraph whose own terms are links
// (termTapped(link) with "term:<id>"), scrolling when the space it gets is smaller than the text.
Flickable {
    id: root

    property string text

    signal termTapped(string link)

    clip: true
    contentHeight: body.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    Layout.fillWidth: true
    Layout.fillHeight: true
    Layout.preferredHeight: body.implicitHeight
    ScrollIndicator.vertical: ScrollIndicator {
    }

    BodyText {
        id: body

        objectName: root.objectName + "Text"
        width: root.width
        text: JourneyGuide.linkTerms(root.text)
        textFormat: Text.StyledText
        linkColor: Theme.primary
        onLinkActivated: link => root.termTapped(link)
    }
}
