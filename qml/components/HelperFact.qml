import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// One fact of the helper summary: a small label above a large value, left to right whatever
// the app's language (the summary is in Dutch or English). Hidden when there is no value.
ColumnLayout {
    id: root

    property string label
    property string value
    property bool strong: false
    property bool ownWords: false

    visible: root.value.length > 0
    spacing: 2
    Layout.fillWidth: true

    Label {
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Label {
        text: root.value
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: root.strong
        font.italic: root.ownWords
        wrapMode: Text.Wrap
        lineHeight: 1.15
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
}
