import QtQuick
import Samen

// A section icon on a soft square, the same everywhere the section appears.
Rectangle {
    id: root

    required property string iconName
    property int size: Theme.iconTileSize

    implicitWidth: root.size
    implicitHeight: root.size
    radius: Theme.radius
    color: Theme.primarySoft

    Image {
        asynchronous: true
        anchors.centerIn: parent
        source: "qrc:/icons/" + root.iconName + ".svg"
        sourceSize: Qt.size(root.size * 0.6, root.size * 0.6)
        Accessible.ignored: true
    }
}
