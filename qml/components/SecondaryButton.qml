import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A less important action: outlined, full width, text that wraps. With danger, the first step
// of something that deletes: red and thicker, its words saying what goes.
Button {
    id: root

    property bool danger: false

    font.pixelSize: Theme.fontBody
    padding: Theme.spacing
    Layout.fillWidth: true
    Accessible.name: root.text

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: !root.enabled ? Theme.disabledSurface : (root.down ? Theme.primarySoft : Theme.surface)
        border.color: root.visualFocus ? Theme.focus : (!root.enabled ? Theme.border : (root.danger ? Theme.danger : Theme.primary))
        border.width: root.visualFocus ? 3 : (root.danger ? 2 : 1)
    }

    contentItem: Label {
        text: root.text
        font: root.font
        color: !root.enabled ? Theme.textMuted : (root.danger ? Theme.danger : Theme.primary)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
