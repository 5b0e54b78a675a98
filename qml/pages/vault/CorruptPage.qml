import QtQuick
import QtQuick.Layouts
import Samen
import Samen.App

// The stored information cannot be opened. Nothing is overwritten; restore or start again.
AppPage {
    id: root

    signal openPage(string name)

    title: qsTr("Samen cannot open your information")

    StatusMessage {
        text: VaultController.message.length > 0 ? VaultController.message : qsTr("The stored information is damaged.")
    }
    BodyText {
        text: qsTr("Samen has not changed or deleted anything.")
    }
    PrimaryButton {
        visible: VaultController.canRestoreNow
        text: qsTr("Restore a backup")
        onClicked: root.openPage("restore")
    }
    SecondaryButton {
        text: qsTr("Erase everything and start again")
        onClicked: root.openPage("erase")
    }
}
