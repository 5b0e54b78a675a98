import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Samen
import Samen.App

// Export everything to one file, locked with a backup password.
AppPage {
    id: root

    readonly property bool done: VaultController.lastDone === VaultController.ExportBackup
    readonly property bool matches: VaultController.sameSecret(password.text, again.text, true)
    // Where the backup went, in the words of the chooser ("Documents/family.samen"): the
    // person has to find the file again, maybe on another phone.
    property string savedAs

    Component.onCompleted: VaultController.clearMessage()
    onDoneChanged: {
        if (root.done) {
            password.clear();
            again.clear();
        }
    }
    title: qsTr("Make a backup")

    FileDialog {
        id: saveDialog

        acceptLabel: qsTr("Save")
        rejectLabel: qsTr("Cancel")

        title: qsTr("Where do you want to save the backup?")
        fileMode: FileDialog.SaveFile
        currentFolder: FilePlaces.startFolder()
        currentFile: FilePlaces.suggestedFile(VaultController.suggestedBackupName())
        // The password stays typed until the backup is made: another place can be tried after
        // a failure without typing it twice again.
        onAccepted: {
            root.savedAs = FilePlaces.shownName(saveDialog.selectedFile);
            VaultController.exportBackup(saveDialog.selectedFile, password.text);
        }
    }

    IconTile {
        iconName: "backup"
        Layout.alignment: Qt.AlignHCenter
    }
    BodyText {
        text: qsTr("A backup is one file with all your information. It is locked with a backup password. Keep the file in a safe place, for example with someone you trust.")
    }
    BodyText {
        text: qsTr("Choose a backup password that is different from your PIN. Without it, nobody can open the backup.")
    }
    SecretField {
        id: password

        objectName: "backupPassword"
        label: qsTr("Backup password (at least 8 characters)")
        digitsOnly: false
    }
    SecretField {
        id: again

        objectName: "backupPasswordAgain"
        confirms: password.text

        label: qsTr("Type the backup password again")
        digitsOnly: false
    }
    StrengthHint {
        typed: password.text
        password: true
    }
    StatusMessage {
        good: root.done
        text: root.done ? qsTr("The backup is saved: %1").arg(LanguageController.isolate(root.savedAs)) : (again.typedDifferently ? qsTr("The two are not the same. Type them again.") : VaultController.message)
    }
    PrimaryButton {
        objectName: "chooseBackupPlace"
        text: qsTr("Choose where to save it")
        // As strong as the backup asks: a password it refuses is not taken to the chooser first.
        enabled: VaultController.isAcceptableBackupPassword(password.text) && root.matches && !VaultController.busy
        onClicked: {
            saveDialog.open();
        }
    }
    WorkingNote {
        visible: VaultController.busy
        text: qsTr("Making the backup.")
    }
}
