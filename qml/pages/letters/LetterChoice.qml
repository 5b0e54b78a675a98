import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One kind of IND letter in the "which letter?" list: the Dutch words as they are printed at the
// top of the paper, large and left to right (so they can be matched without reading Dutch),
// and under them what the letter is in the user's language.
AbstractButton {
    id: root

    required property string headline
    required property string title
    // Marked as the user's pick (the reader's "which of these is it?"): a thicker border and the word "Chosen".
    property bool selected: false

    padding: Theme.spacing
    Layout.fillWidth: true
    Accessible.name: root.title + ". " + root.headline
    Accessible.checkable: root.selected
    Accessible.checked: root.selected

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: root.down || root.selected ? Theme.primarySoft : Theme.surface
        border.color: root.visualFocus ? Theme.focus : (root.selected ? Theme.primary : Theme.border)
        border.width: root.visualFocus || root.selected ? 3 : 1
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        Label {
            // Dutch in Latin letters, as on the paper: always left to right.
            text: root.headline
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            LayoutMirroring.enabled: false
            horizontalAlignment: LanguageController.rightToLeft ? Text.AlignRight : Text.AlignLeft
            Layout.fillWidth: true
        }
        BodyText {
            text: root.title
        }
        RowLayout {
            visible: root.selected
            spacing: Theme.spacingSmall

            Image {
                source: "qrc:/icons/check.svg"
                sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                Accessible.ignored: true
            }
            BodyText {
                text: qsTr("Chosen")
                font.bold: true
            }
        }
    }
}
