import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A check box whose label wraps instead of being cut off, the whole row a full touch target.
CheckBox {
    id: root

    font.pixelSize: Theme.fontBody
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget

    contentItem: Label {
        text: root.text
        font: root.font
        color: root.enabled ? Theme.text : Theme.textMuted
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft
        leftPadding: root.mirrored ? 0 : root.indicator.width + root.spacing
        rightPadding: root.mirrored ? root.indicator.width + root.spacing : 0
    }
}
