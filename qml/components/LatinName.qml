import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A name in Latin letters: always laid out left to right, also in Arabic and Dari.
Label {
    color: Theme.text
    font.pixelSize: Theme.fontBody
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    LayoutMirroring.enabled: false
    Layout.fillWidth: true
}
