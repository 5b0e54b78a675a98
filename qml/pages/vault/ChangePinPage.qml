import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// A new PIN or password; only the small key file changes, the information stays as it is, unless
// the user also asks for a new key for the information (after the phone may have been copied).
AppPage {
    id: root

    property bool usePassword: VaultController.usesPassphrase
    readonly property bool done: VaultController.lastDone === VaultController.ChangeSecret
    readonly property bool matches: VaultController.sameSecret(fresh.text, again.text, root.usePassword)
    readonly property bool acceptable: VaultController.isAcceptable(fresh.text, root.usePassword)
    readonly property bool ready: current.text.length > 0 && root.acceptable && root.matches && !VaultController.busy && VaultController.secondsToWait === 0

    // The current PIN is asked again after every try; the new one only once it is in use (a
    // mistyped current PIN does not make the user type the new one twice more).
    function change(renewDataKey: bool) {
        VaultController.changeSecret(current.text, fresh.text, root.usePassword, renewDataKey);
        current.clear();
    }

    Component.onCompleted: VaultController.clearMessage()
    onDoneChanged: {
        if (root.done) {
            fresh.clear();
            again.clear();
        }
    }
    title: VaultController.usesPassphrase ? qsTr("Change password") : qsTr("Change PIN")

    SecretField {
        id: current

        objectName: "currentPin"
        label: VaultController.usesPassphrase ? qsTr("Your password now") : qsTr("Your PIN now")
        digitsOnly: !VaultController.usesPassphrase
    }
    SecretField {
        id: fresh

        objectName: "newPin"
        label: root.usePassword ? qsTr("New password (at least 8 characters)") : qsTr("New PIN (at least 6 numbers)")
        digitsOnly: !root.usePassword
    }
    SecretField {
        id: again

        objectName: "newPinAgain"
        confirms: fresh.text

        label: root.usePassword ? qsTr("Type the password again") : qsTr("Type the PIN again")
        digitsOnly: !root.usePassword
    }
    StrengthHint {
        typed: fresh.text
        password: root.usePassword
    }
    StatusMessage {
        good: root.done
        text: root.done ? qsTr("Done. From now on, use the new one.") : (again.typedDifferently ? qsTr("The two are not the same. Type them again.") : VaultController.message)
    }
    BodyText {
        visible: VaultController.secondsToWait > 0
        text: qsTr("You can try again in %Ln second(s).", "", VaultController.secondsToWait)
    }
    PrimaryButton {
        objectName: "changePinButton"
        text: qsTr("Change")
        enabled: root.ready
        onClicked: root.change(false)
    }
    SecondaryButton {
        objectName: "changeWithNewKey"
        text: qsTr("Change, and give your information a new key too (safer if someone may have copied the phone; takes longer)")
        enabled: root.ready
        onClicked: root.change(true)
    }
    WorkingNote {
        visible: VaultController.busy
        text: qsTr("Changing. This takes a few seconds.")
    }
    SecondaryButton {
        text: root.usePassword ? qsTr("Use a PIN instead") : qsTr("Use a password instead")
        enabled: !VaultController.busy
        onClicked: {
            root.usePassword = !root.usePassword;
            fresh.clear();
            again.clear();
        }
    }
}
