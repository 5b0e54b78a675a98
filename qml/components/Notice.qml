import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A boxed message with an icon: information the user should not miss.
Control {
    id: root

    property string text
    property string iconName: "info"
    // With a key, a speaker reads the text (SpeakerButton's key).
    property string speakKey

    padding: Theme.spacing
    Layout.fillWidth: true

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Image {
            asynchronous: true
            source: "qrc:/icons/" + root.iconName + ".svg"
            sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
            Layout.alignment: Qt.AlignTop
            Accessible.ignored: true
        }
        BodyText {
            text: root.text
        }
        SpeakerButton {
            offered: root.speakKey.length > 0
            text: root.text
            key: root.speakKey
            Layout.alignment: Qt.AlignTop
        }
    }
}
