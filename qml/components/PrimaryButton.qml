import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// The main action of a page: full width, large, with text that wraps.
Button {
    id: root

    property bool danger: false

    font.pixelSize: Theme.fontTitle
    font.bold: true
    padding: Theme.spacing
    Layout.fillWidth: true
    Accessible.name: root.text

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: !root.enabled ? Theme.disabledSurface : (root.danger ? Theme.danger : Theme.primary)
        opacity: root.down ? 0.8 : 1
        border.color: root.visualFocus ? Theme.focus : Theme.border
        border.width: root.visualFocus ? 3 : (root.enabled ? 0 : 1)
    }

    contentItem: Label {
        text: root.text
        font: root.font
        color: root.enabled ? Theme.primaryText : Theme.textMuted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
