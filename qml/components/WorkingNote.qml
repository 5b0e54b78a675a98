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

    // Made when the note shows, from its file: a page's first frame neither builds nor loads a
    // spinner it does not show.
    Loader {
        active: root.visible
        Layout.preferredWidth: Theme.touchTarget
        Layout.preferredHeight: Theme.touchTarget
        source: "Spinner.qml"
    }
    BodyText {
        id: label
    }
}
