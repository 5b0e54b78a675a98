import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// How hard a new password is to guess, in words, while it is typed. Silent for PINs.
BodyText {
    id: root

    property string typed
    property bool password: false
    readonly property int strength: VaultController.strength(root.typed, root.password)

    visible: root.password && root.typed.length > 0
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
    text: {
        switch (root.strength) {
        case VaultController.TooShort:
            return qsTr("Too short: use at least 8 characters.");
        case VaultController.Weak:
            return qsTr("Easy to guess. Add more words or numbers.");
        case VaultController.Fair:
            return qsTr("Good. A longer password is even safer.");
        default:
            return qsTr("Strong password.");
        }
    }
}
