import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A big answer button: an icon and words together. A chosen answer is marked with a thick
// border and a check mark, not by colour alone. With speakKey set it has a speaker at its end
// that reads its text (SpeakerButton's key).
AbstractButton {
    id: root

    property string iconName
    property bool selected: false
    property string speakKey

    padding: Theme.spacing
    Layout.fillWidth: true
    Accessible.role: Accessible.Button
    Accessible.name: root.text
    Accessible.checked: root.selected

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: !root.enabled ? Theme.disabledSurface : (root.down || root.selected ? Theme.primarySoft : Theme.surface)
        border.color: root.visualFocus ? Theme.focus : (root.selected ? Theme.primary : Theme.border)
        border.width: root.selected || root.visualFocus ? 3 : 1
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        opacity: root.enabled ? 1 : 0.6

        Image {
            visible: root.iconName.length > 0
            source: root.iconName.length > 0 ? "qrc:/icons/" + root.iconName + ".svg" : ""
            sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
            Accessible.ignored: true
        }
        Label {
            text: root.text
            color: root.enabled ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontTitle
            font.bold: root.selected
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Image {
            visible: root.selected
            source: "qrc:/icons/check.svg"
            sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
            Accessible.ignored: true
        }
        SpeakerButton {
            offered: root.speakKey.length > 0
            text: root.text
            key: root.speakKey
        }
    }
}
