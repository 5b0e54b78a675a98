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

    function restore() {
        VaultController.importBackup(root.fileUrl, password.text);
        password.clear();
    }

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
        text: qsTr("Backup file: %1").arg(LanguageController.isolate(FilePlaces.shownName(root.fileUrl)))
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
        // What is in Samen now is asked about first: it goes for good. Damaged data (opened
        // with the right PIN, unreadable) has nothing to lose.
        onClicked: {
            if (VaultController.state === VaultController.Unlocked)
                replaceQuestion.open();
            else
                root.restore();
        }
    }
    WorkingNote {
        visible: VaultController.busy
        text: qsTr("Checking and restoring the backup.")
    }

    // On screen, in the middle, red: everything added or changed since the backup was made is
    // lost, and the person who may have forgotten when that was is told so before, not after.
    ConfirmDialog {
        id: replaceQuestion

        objectName: "replaceWithBackupQuestion"
        text: qsTr("Everything in Samen now is replaced by what is in the backup. What you added or changed after the backup was made is lost. You cannot undo this.")
        actionText: qsTr("Yes, replace it with the backup")
        danger: true
        onAccepted: root.restore()
    }
}
