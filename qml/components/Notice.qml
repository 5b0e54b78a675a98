import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A boxed message with an icon: information the user should not miss.
Control {
    id: root

    property string text
    property string iconName: "info"

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
    }
}
