import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A section heading inside a page.
Label {
    color: Theme.text
    font.pixelSize: Theme.fontTitle
    font.bold: true
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    topPadding: Theme.spacingSmall
    Layout.fillWidth: true
    Accessible.role: Accessible.Heading
}
