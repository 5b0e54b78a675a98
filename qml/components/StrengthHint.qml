import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// How hard a new password is to guess, in words, while it is typed. For a PIN only when it
// follows a pattern that is refused. Placed under the confirmation field and holding its line
// while a password is empty, so that nothing the user is about to tap moves when it appears.
BodyText {
    id: root

    property string typed
    property bool password: false
    readonly property int strength: VaultController.strength(root.typed, root.password)

    visible: root.password || (root.typed.length > 0 && root.strength === VaultController.Weak)
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
    text: {
        if (root.typed.length === 0)
            return "";
        if (!root.password)
            return qsTr("This PIN is easy to guess: it repeats, counts up or down, is very common or looks like a year. Choose 6 numbers without a pattern.");
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
