import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// An honest page for a section that is not built yet: what it will do, and that it is not
// ready. It shows no example data.
AppPage {
    id: root

    required property string iconName
    property string description

    IconTile {
        iconName: root.iconName
        size: Theme.iconTileSize * 1.5
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacing
    }

    BodyText {
        text: root.description
    }

    Notice {
        text: qsTr("This part is not ready yet. It will come in an update. Nothing is saved here yet.")
    }
}
