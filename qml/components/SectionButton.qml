import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// A large button that opens a section: icon, title, one line that says what is there.
AbstractButton {
    id: root

    required property string iconName
    property string subtitle

    padding: Theme.spacing
    Layout.fillWidth: true
    Accessible.name: root.text
    Accessible.description: root.subtitle

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: !root.enabled ? Theme.disabledSurface : (root.down ? Theme.primarySoft : Theme.surface)
        border.color: root.visualFocus ? Theme.focus : Theme.border
        border.width: root.visualFocus ? 3 : 1
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        IconTile {
            iconName: root.iconName
            Layout.alignment: Qt.AlignTop
        }

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            Label {
                text: root.text
                color: root.enabled ? Theme.text : Theme.textMuted
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Label {
                text: root.subtitle
                visible: text.length > 0
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
        }

        Image {
            asynchronous: true
            source: "qrc:/icons/chevron.svg"
            sourceSize: Qt.size(Theme.iconSize * 0.75, Theme.iconSize * 0.75)
            mirror: LanguageController.rightToLeft
            Accessible.ignored: true
        }
    }
}
