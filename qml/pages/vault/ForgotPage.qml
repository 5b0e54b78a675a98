import QtQuick
import QtQuick.Layouts
import Samen

// What a forgotten PIN means, said plainly, and the only way forward.
AppPage {
    id: root

    signal openPage(string name)

    title: qsTr("Forgot your PIN?")

    BodyText {
        text: qsTr("Without your PIN, Samen cannot open your information. Nobody can, not even the makers of Samen.")
    }
    BodyText {
        text: qsTr("You can erase everything and start again. If you made a backup, you can restore it after that, with its backup password.")
    }
    PrimaryButton {
        danger: true
        text: qsTr("Erase everything and start again")
        onClicked: root.openPage("erase")
    }
}
