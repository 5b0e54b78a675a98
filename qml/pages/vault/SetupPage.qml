import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// First run: choose a PIN (or a password) that locks everything Samen stores.
AppPage {
    id: root

    property bool usePassword: false
    readonly property bool matches: VaultController.sameSecret(first.text, second.text, root.usePassword)
    readonly property bool acceptable: VaultController.isAcceptable(first.text, root.usePassword)

    Component.onCompleted: VaultController.clearMessage()
    title: qsTr("Protect your information")

    IconTile {
        iconName: "lock"
        Layout.alignment: Qt.AlignHCenter
    }

    BodyText {
        text: root.usePassword ? qsTr("Choose a password. Samen asks for it each time you open the app. Everything you save stays locked on this phone.") : qsTr("Choose a PIN of at least 6 numbers. Samen asks for it each time you open the app. Everything you save stays locked on this phone.")
    }

    SecretField {
        id: first

        objectName: "setupPin"
        label: root.usePassword ? qsTr("New password (at least 8 characters)") : qsTr("New PIN (at least 6 numbers)")
        digitsOnly: !root.usePassword
    }

    SecretField {
        id: second

        objectName: "setupPinAgain"
        confirms: first.text

        label: root.usePassword ? qsTr("Type the password again") : qsTr("Type the PIN again")
        digitsOnly: !root.usePassword
        onAccepted: create.clicked()
    }
    StrengthHint {
        typed: first.text
        password: root.usePassword
    }

    StatusMessage {
        text: second.typedDifferently ? qsTr("The two are not the same. Type them again.") : VaultController.message
    }

    Notice {
        iconName: "warning"
        text: qsTr("Important: if you forget your PIN, nobody can open your information, not even the makers of Samen. Make a backup in Settings, so that you can get it back.")
    }

    PrimaryButton {
        id: create

        objectName: "setupButton"
        text: qsTr("Lock my information")
        enabled: root.acceptable && root.matches && !VaultController.busy
        onClicked: {
            VaultController.setUp(first.text, root.usePassword);
            first.clear();
            second.clear();
        }
    }

    WorkingNote {
        visible: VaultController.busy
        text: qsTr("Locking your information. This takes a few seconds.")
    }

    SecondaryButton {
        text: root.usePassword ? qsTr("Use a PIN instead") : qsTr("Use a password instead")
        enabled: !VaultController.busy
        onClicked: {
            root.usePassword = !root.usePassword;
            first.clear();
            second.clear();
        }
    }
}
