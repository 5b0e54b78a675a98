import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A paragraph of plain text that always wraps to the width it is given.
Label {
    color: Theme.text
    font.pixelSize: Theme.fontBody
    wrapMode: Text.Wrap
    lineHeight: 1.15
    horizontalAlignment: Text.AlignLeft
    Layout.fillWidth: true
}
