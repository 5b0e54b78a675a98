import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A square 48 dp (or larger) button of the viewer with an icon or a symbol; text is its
// accessible name.
Button {
    id: root

    property string iconSource
    property bool mirrorIcon: false
    property string symbol

    display: AbstractButton.IconOnly
    Layout.fillWidth: true
    Layout.preferredHeight: Theme.touchTarget
    Layout.minimumWidth: 48
    Accessible.name: root.text

    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? Theme.disabledSurface : (root.down ? Theme.primarySoft : Theme.surface)
        border.color: root.visualFocus ? Theme.focus : (root.enabled ? Theme.primary : Theme.border)
        border.width: root.visualFocus ? 3 : 1
    }

    contentItem: Item {
        opacity: root.enabled ? 1 : 0.4

        Image {
            anchors.centerIn: parent
            visible: root.iconSource.length > 0
            source: root.iconSource
            sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
            mirror: root.mirrorIcon
            Accessible.ignored: true
        }
        Label {
            anchors.centerIn: parent
            visible: root.symbol.length > 0
            text: root.symbol
            color: Theme.primary
            font.pixelSize: Theme.fontHeadline
            font.bold: true
        }
    }
}
