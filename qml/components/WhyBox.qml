import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// "Why do we ask this?": a button that opens a short explanation below it.
ColumnLayout {
    id: root

    property string title: qsTr("Why do we ask this?")
    property string text
    property bool open: false
    // With a key, the open explanation has a speaker (SpeakerButton's key).
    property string speakKey

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    AbstractButton {
        id: toggle

        objectName: "whyButton"
        text: root.title
        padding: Theme.spacingSmall
        Layout.fillWidth: true
        Accessible.name: text
        Accessible.role: Accessible.Button
        onClicked: root.open = !root.open

        background: Rectangle {
            implicitHeight: Theme.touchTarget
            radius: Theme.radius
            color: "transparent"
            border.color: toggle.visualFocus ? Theme.focus : "transparent"
            border.width: 3
        }
        contentItem: RowLayout {
            spacing: Theme.spacingSmall

            Image {
                source: "qrc:/icons/info.svg"
                sourceSize: Qt.size(Theme.iconSize * 0.75, Theme.iconSize * 0.75)
                Accessible.ignored: true
            }
            Label {
                text: toggle.text
                color: Theme.primary
                font.pixelSize: Theme.fontBody
                font.underline: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Image {
                source: "qrc:/icons/expand.svg"
                sourceSize: Qt.size(Theme.iconSize * 0.75, Theme.iconSize * 0.75)
                rotation: root.open ? 180 : 0
                Accessible.ignored: true
            }
        }
    }

    SpokenText {
        visible: root.open
        text: root.text
        key: root.speakKey
        textItem.objectName: "whyText"
        textItem.leftPadding: Theme.spacing
    }
}
