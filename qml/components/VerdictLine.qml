import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A verdict in one line: its icon and its words, in the outcome's colour (never colour alone).
Control {
    id: root

    required property int outcome
    required property string verdict
    required property string verdictIcon

    readonly property color outcomeColor: Theme.outcomeColor(root.outcome, Theme.textMuted)

    visible: root.verdict.length > 0
    padding: 0
    Layout.fillWidth: true

    contentItem: RowLayout {
        spacing: Theme.spacingSmall

        Image {
            visible: root.verdictIcon.length > 0
            source: root.verdictIcon.length > 0 ? "qrc:/icons/" + root.verdictIcon + ".svg" : ""
            sourceSize: Qt.size(Theme.iconSize * 0.75, Theme.iconSize * 0.75)
            Layout.alignment: Qt.AlignTop
            Accessible.ignored: true
        }
        Label {
            text: root.verdict
            color: root.outcomeColor
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
    }
}
