import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// How hard a new password is to guess, in words, while it is typed. Silent for PINs. Placed
// under the confirmation field and holding its line while empty, so that nothing the user is
// about to tap moves when it appears.
BodyText {
    id: root

    property string typed
    property bool password: false
    readonly property int strength: VaultController.strength(root.typed, root.password)

    visible: root.password
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
    text: {
        if (root.typed.length === 0)
            return "";
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
