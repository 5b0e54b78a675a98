import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A problem or a success, with an icon and words (never colour alone); hidden when empty.
Control {
    id: root

    property string text
    property bool good: false

    visible: root.text.length > 0
    padding: Theme.spacing
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.good ? Theme.good : Theme.danger
        border.width: 2
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Image {
            asynchronous: true
            // Loaded only when there is a message: a hidden icon must not delay a page's first frame.
            source: root.text.length === 0 ? "" : root.good ? "qrc:/icons/check.svg" : "qrc:/icons/warning.svg"
            sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
            Layout.alignment: Qt.AlignTop
            Accessible.ignored: true
        }
        BodyText {
            text: root.text
        }
    }
}
