import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// Erase everything, after offering a backup and a clear confirmation.
AppPage {
    id: root

    signal openPage(string name)

    Component.onCompleted: VaultController.clearMessage()
    title: qsTr("Erase everything")

    IconTile {
        iconName: "erase"
        Layout.alignment: Qt.AlignHCenter
    }
    BodyText {
        text: qsTr("This removes all your information from Samen: answers, family, papers and dates. It cannot be undone.")
    }
    Notice {
        visible: VaultController.state === VaultController.Unlocked
        iconName: "backup"
        text: qsTr("Make a backup first, so that you can get your information back later.")
    }
    SecondaryButton {
        visible: VaultController.state === VaultController.Unlocked
        text: qsTr("Make a backup first")
        onClicked: root.openPage("backup")
    }
    CheckBox {
        id: understood

        text: qsTr("I understand that this cannot be undone.")
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget

        contentItem: Label {
            text: understood.text
            font: understood.font
            color: Theme.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            leftPadding: understood.mirrored ? 0 : understood.indicator.width + understood.spacing
            rightPadding: understood.mirrored ? understood.indicator.width + understood.spacing : 0
            horizontalAlignment: Text.AlignLeft
        }
    }
    StatusMessage {
        text: VaultController.message
    }
    PrimaryButton {
        danger: true
        text: qsTr("Erase everything")
        enabled: understood.checked && !VaultController.busy
        onClicked: VaultController.erase()
    }
    WorkingNote {
        visible: VaultController.busy
        text: qsTr("Erasing.")
    }
}
