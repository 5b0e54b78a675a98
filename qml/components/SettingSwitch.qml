import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A switch for a setting: its label wraps instead of being cut off, and the whole row is a
// full touch target.
Switch {
    id: root

    font.pixelSize: Theme.fontBody
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget

    contentItem: Label {
        text: root.text
        font: root.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft
        leftPadding: root.mirrored ? 0 : root.indicator.width + root.spacing
        rightPadding: root.mirrored ? root.indicator.width + root.spacing : 0
    }
}
