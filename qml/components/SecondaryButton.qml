import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A less important action: outlined, full width, text that wraps.
Button {
    id: root

    font.pixelSize: Theme.fontBody
    padding: Theme.spacing
    Layout.fillWidth: true
    Accessible.name: root.text

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: root.down ? Theme.primarySoft : Theme.surface
        border.color: root.visualFocus ? Theme.focus : Theme.primary
        border.width: root.visualFocus ? 3 : 1
    }

    contentItem: Label {
        text: root.text
        font: root.font
        color: root.enabled ? Theme.primary : Theme.textMuted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
