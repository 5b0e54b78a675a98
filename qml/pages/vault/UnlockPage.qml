import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// Samen is locked: the PIN or password opens it.
AppPage {
    id: root

    signal openPage(string name)

    function open() {
        if (!openButton.enabled)
            return;
        VaultController.unlock(secret.text);
        secret.clear();
    }

    Component.onCompleted: VaultController.clearMessage()
    title: qsTr("Samen is locked")

    IconTile {
        iconName: "lock"
        Layout.alignment: Qt.AlignHCenter
    }

    SecretField {
        id: secret

        label: VaultController.usesPassphrase ? qsTr("Your password") : qsTr("Your PIN")
        digitsOnly: !VaultController.usesPassphrase
        onAccepted: root.open()
    }

    StatusMessage {
        text: VaultController.message
    }

    BodyText {
        visible: VaultController.secondsToWait > 0
        text: qsTr("You can try again in %Ln second(s).", "", VaultController.secondsToWait)
    }

    PrimaryButton {
        id: openButton

        text: qsTr("Open")
        enabled: secret.text.length > 0 && !VaultController.busy && VaultController.secondsToWait === 0
        onClicked: root.open()
    }

    WorkingNote {
        visible: VaultController.busy && !VaultController.preparing
        text: qsTr("Opening. This takes a few seconds.")
    }

    WorkingNote {
        objectName: "preparingNote"
        visible: VaultController.preparing
        text: qsTr("Preparing the example data. This takes a few seconds.")
    }

    SecondaryButton {
        text: VaultController.usesPassphrase ? qsTr("I forgot my password") : qsTr("I forgot my PIN")
        onClicked: root.openPage("forgot")
    }
}
