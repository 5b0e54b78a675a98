import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A switch for a setting: its label wraps instead of being cut off, and the whole row is a
// full touch target. Its own indicator: off is a white track with a dark outline and a dark
// knob on the start side (the Basic style's light grey on light grey could not be seen), on is
// the primary colour with a tick in the knob, so on and off differ in more than colour. It grows
// with the text size.
Switch {
    id: root

    font.pixelSize: Theme.fontBody
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget

    indicator: Rectangle {
        objectName: "switchTrack"
        implicitWidth: Math.round(52 * Theme.controlScale)
        implicitHeight: Math.round(30 * Theme.controlScale)
        x: root.mirrored ? root.width - width - root.rightPadding : root.leftPadding
        y: root.topPadding + (root.availableHeight - height) / 2
        radius: height / 2
        color: root.checked ? Theme.primary : Theme.surface
        border.width: 2
        border.color: root.visualFocus ? Theme.focus : (root.checked ? Theme.primary : Theme.textMuted)

        Rectangle {
            readonly property bool atEnd: root.checked !== root.mirrored

            width: parent.height - 8
            height: width
            radius: width / 2
            x: atEnd ? parent.width - width - 4 : 4
            y: 4
            color: root.checked ? Theme.surface : Theme.textMuted

            Image {
                anchors.centerIn: parent
                visible: root.checked
                source: "qrc:/icons/check.svg"
                sourceSize: Qt.size(parent.width * 0.7, parent.width * 0.7)
                Accessible.ignored: true
            }

            Behavior on x {
                NumberAnimation {
                    duration: 120
                }
            }
        }
    }

    contentItem: Label {
        text: root.text
        font: root.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft
        leftPadding: root.mirrored ? 0 : root.indicator.width + root.spacing
        rightPadding: root.mirrored ? root.indicator.width + root.spacing : 0
    }
}
