pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A choice from a list. Closed, it is an outlined field with a chevron (a filled box reads as a
// button); open, every row is a full touch target and the highlighted row is light text on the
// primary colour, the chosen one bold with a check mark.
ComboBox {
    id: root

    font.pixelSize: Theme.fontTitle
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Layout.fillWidth: true

    background: Rectangle {
        implicitWidth: 4 * Theme.touchTarget
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: !root.enabled ? Theme.disabledSurface : (root.down ? Theme.primarySoft : Theme.surface)
        border.color: root.visualFocus ? Theme.focus : Theme.border
        border.width: root.visualFocus ? 3 : 1
    }

    contentItem: Label {
        text: root.displayText
        font: root.font
        color: root.enabled ? Theme.text : Theme.textMuted
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft
        leftPadding: root.mirrored ? root.indicator.width + Theme.spacingSmall : 0
        rightPadding: root.mirrored ? 0 : root.indicator.width + Theme.spacingSmall
    }

    indicator: Image {
        x: root.mirrored ? root.leftPadding : root.width - width - root.rightPadding
        y: (root.height - height) / 2
        source: "qrc:/icons/expand.svg"
        sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
        opacity: root.enabled ? 1 : 0.5
        Accessible.ignored: true
    }

    delegate: ItemDelegate {
        id: row

        required property var modelData
        required property int index
        readonly property bool chosen: root.currentIndex === row.index

        width: ListView.view.width
        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        text: root.textRole ? row.modelData[root.textRole] : row.modelData
        font: root.font
        highlighted: root.highlightedIndex === row.index
        hoverEnabled: root.hoverEnabled

        contentItem: RowLayout {
            spacing: Theme.spacingSmall

            Label {
                text: row.text
                font.pixelSize: row.font.pixelSize
                font.bold: row.chosen
                color: row.highlighted ? Theme.primaryText : Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
                Layout.fillWidth: true
            }
            Label {
                visible: row.chosen
                text: "✓"
                font.pixelSize: row.font.pixelSize
                font.bold: true
                color: row.highlighted ? Theme.primaryText : Theme.primary
                Accessible.ignored: true
            }
        }

        background: Rectangle {
            color: row.highlighted ? Theme.primary : (row.down ? Theme.primarySoft : Theme.surface)
        }
    }
}
