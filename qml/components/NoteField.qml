import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A short note of the user's own: several lines, saved when the field loses focus.
TextArea {
    id: root

    signal save

    font.pixelSize: Theme.fontBody
    wrapMode: TextEdit.Wrap
    inputMethodHints: Theme.privateTextHints
    placeholderText: qsTr("Write a note for yourself")
    padding: Theme.spacingSmall
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget * 1.5
    Accessible.name: root.placeholderText
    onEditingFinished: root.save()

    background: Rectangle {
        radius: Theme.radius / 2
        color: Theme.surface
        border.color: root.activeFocus ? Theme.primary : Theme.border
        border.width: root.activeFocus ? 2 : 1
    }
}
