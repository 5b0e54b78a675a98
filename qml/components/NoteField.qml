import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A short note of the user's own: several lines, saved when the field loses focus. Its hint is
// a wrapping label of its own (the style's placeholder is cut off at a large text size).
TextArea {
    id: root

    readonly property string hint: qsTr("Write a note for yourself")

    signal save

    font.pixelSize: Theme.fontBody
    wrapMode: TextEdit.Wrap
    inputMethodHints: Theme.privateTextHints
    padding: Theme.spacingSmall
    implicitHeight: Math.max(root.contentHeight, hintLabel.implicitHeight) + root.topPadding + root.bottomPadding
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget * 1.5
    Accessible.name: root.hint
    onEditingFinished: root.save()

    Label {
        id: hintLabel

        x: root.leftPadding
        y: root.topPadding
        width: root.width - root.leftPadding - root.rightPadding
        visible: root.length === 0 && !root.activeFocus
        text: root.hint
        font: root.font
        color: Theme.textMuted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.ignored: true
    }

    background: Rectangle {
        radius: Theme.radius / 2
        color: Theme.surface
        border.color: root.activeFocus ? Theme.primary : Theme.border
        border.width: root.activeFocus ? 2 : 1
    }
}
