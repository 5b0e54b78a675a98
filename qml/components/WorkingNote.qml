import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// Shown while a slow step runs: a spinning indicator and what is happening.
RowLayout {
    id: root

    property alias text: label.text

    spacing: Theme.spacing
    Layout.fillWidth: true

    BusyIndicator {
        running: root.visible
        Layout.preferredWidth: Theme.touchTarget
        Layout.preferredHeight: Theme.touchTarget
    }
    BodyText {
        id: label
    }
}
