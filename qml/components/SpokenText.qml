import QtQuick
import QtQuick.Layouts
import Samen

// A paragraph (or a heading) with a speaker at its end that reads it aloud (SpeakerButton).
// The speaker is anchored, not put in a RowLayout: Qt 6.4's RowLayout keeps a wrapped text's
// old height when the text becomes shorter (the next question), and the text then overlaps
// what follows.
//
// API
//   text: string         The text shown and read (plain; glossary terms linked as TermText does).
//   key: string          The speaker's key (SpeakerButton).
//   linked: bool         Glossary terms can be tapped (default true; false for headings).
//   heading: bool        Shown and announced as a heading.
//   textItem: TermText   The text, for its font, colour, padding and objectName.
// Example
//   SpokenText { text: doc.explanation; key: "document." + documentId; linked: false }
Item {
    id: root

    required property string text
    required property string key
    property alias linked: label.linked
    property bool heading: false
    readonly property alias textItem: label

    implicitHeight: Math.max(label.implicitHeight, speaker.visible ? speaker.implicitHeight : 0)
    implicitWidth: label.implicitWidth + (speaker.visible ? speaker.implicitWidth + Theme.spacingSmall : 0)
    Layout.fillWidth: true

    TermText {
        id: label

        anchors.left: parent.left
        anchors.right: speaker.visible ? speaker.left : parent.right
        anchors.rightMargin: speaker.visible ? Theme.spacingSmall : 0
        anchors.top: parent.top
        plainText: root.text
        font.pixelSize: root.heading ? Theme.fontHeadline : Theme.fontBody
        font.bold: root.heading
        Accessible.role: root.heading ? Accessible.Heading : Accessible.StaticText
    }
    SpeakerButton {
        id: speaker

        anchors.right: parent.right
        anchors.top: parent.top
        text: root.text
        key: root.key
    }
}
