import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// A PIN or password field: hidden while typed, no suggestions, no copy; a button shows it.
// A Column, not a ColumnLayout: it follows the caption's height when the caption re-wraps.
Column {
    id: root

    property alias label: caption.text
    property alias text: field.text
    property bool digitsOnly: true
    property bool shown: false
    // For a confirmation field: the text it must repeat.
    property string confirms
    // True once the confirmation is as long as the original and still differs from it (a PIN
    // typed in Arabic-Indic digits and one in Western digits are the same).
    readonly property bool typedDifferently: root.text.length > 0 && root.text.length >= root.confirms.length && !VaultController.sameSecret(root.text, root.confirms, !root.digitsOnly)

    signal accepted

    function clear() {
        field.clear();
        root.shown = false;
    }

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    Label {
        id: caption

        width: root.width
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
    }

    RowLayout {
        width: root.width
        spacing: Theme.spacingSmall

        TextField {
            id: field

            objectName: "secretInput"
            echoMode: root.shown ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText | (root.digitsOnly ? Qt.ImhDigitsOnly : Qt.ImhNone)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            // Set, so that it follows the page's direction, not the digits typed (Arabic-Indic
            // digits once went right, Western ones left, in the same Arabic form).
            horizontalAlignment: TextInput.AlignLeft
            selectByMouse: false
            Accessible.name: caption.text
            Accessible.passwordEdit: true
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onAccepted: root.accepted()

            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: field.activeFocus ? Theme.primary : Theme.border
                border.width: field.activeFocus ? 2 : 1
            }
        }

        Button {
            id: showButton

            objectName: "showButton"
            text: root.shown ? qsTr("Hide") : qsTr("Show")
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget
            // Named for its field: a screen reader otherwise hears "Show", "Show", "Show".
            Accessible.name: (root.shown ? qsTr("Hide: %1") : qsTr("Show: %1")).arg(caption.text)
            onClicked: root.shown = !root.shown

            contentItem: Label {
                text: showButton.text
                font: showButton.font
                color: Theme.primary
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }

            background: Rectangle {
                radius: Theme.radius
                color: showButton.down ? Theme.primarySoft : Theme.surface
                border.color: Theme.border
            }
        }
    }
}
