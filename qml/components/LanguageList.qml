import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The five languages, each named in its own script; a tap switches the app to it at once.
// The active one is marked with a check mark and bold text, and as checked for screen
// readers, not by colour alone.
ColumnLayout {
    id: root

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    Repeater {
        model: LanguageController.languages

        delegate: AbstractButton {
            id: option

            required property var modelData
            readonly property bool selected: LanguageController.language === option.modelData.code

            objectName: "languageOption_" + option.modelData.code
            text: option.modelData.nativeName
            checkable: false
            padding: Theme.spacing
            Layout.fillWidth: true
            Accessible.role: Accessible.RadioButton
            Accessible.name: option.text
            Accessible.checked: option.selected
            onClicked: LanguageController.choose(option.modelData.code)

            background: Rectangle {
                implicitHeight: Theme.touchTarget
                radius: Theme.radius
                color: option.selected ? Theme.primarySoft : Theme.surface
                border.color: option.visualFocus ? Theme.focus : (option.selected ? Theme.primary : Theme.border)
                border.width: option.selected || option.visualFocus ? 3 : 1
            }

            contentItem: RowLayout {
                spacing: Theme.spacing

                Label {
                    text: option.text
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: option.selected
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                Image {
                    asynchronous: true
                    source: "qrc:/icons/check.svg"
                    visible: option.selected
                    sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                    Accessible.ignored: true
                }
            }
        }
    }
}
