import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Samen
import Samen.App

// Replace everything with a backup, after the whole file has been checked.
AppPage {
    id: root

    property string fileUrl
    readonly property bool done: VaultController.lastDone === VaultController.ImportBackup

    Component.onCompleted: VaultController.clearMessage()
    title: qsTr("Restore a backup")

    FileDialog {
        id: openDialog

        acceptLabel: qsTr("Open")
        rejectLabel: qsTr("Cancel")

        title: qsTr("Choose the backup file")
        fileMode: FileDialog.OpenFile
        currentFolder: FilePlaces.startFolder()
        // Another file: what was said about the last one no longer holds.
        onAccepted: {
            root.fileUrl = openDialog.selectedFile;
            VaultController.clearMessage();
        }
    }

    IconTile {
        iconName: "restore"
        Layout.alignment: Qt.AlignHCenter
    }
    BodyText {
        text: qsTr("This replaces all information in Samen with the information in the backup.")
    }
    SecondaryButton {
        objectName: "chooseBackupFile"
        text: qsTr("Choose the backup file")
        onClicked: openDialog.open()
    }
    BodyText {
        visible: root.fileUrl.length > 0
        text: qsTr("Backup file: %1").arg(LanguageController.isolate(decodeURIComponent(root.fileUrl.split("/").pop())))
    }
    SecretField {
        id: password

        objectName: "restorePassword"
        label: qsTr("Backup password")
        digitsOnly: false
    }
    StatusMessage {
        good: root.done
        text: root.done ? qsTr("Your information is back.") : VaultController.message
    }
    PrimaryButton {
        objectName: "restoreButton"
        text: qsTr("Restore")
        enabled: root.fileUrl.length > 0 && password.text.length > 0 && !VaultController.busy
        onClicked: {
            VaultController.importBackup(root.fileUrl, password.text);
            password.clear();
        }
    }
    WorkingNote {
        visible: VaultController.busy
        text: qsTr("Checking and restoring the backup.")
    }
}
