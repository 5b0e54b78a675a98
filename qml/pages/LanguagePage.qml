import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// First run: the user picks a language; the page switches to it at once, then Continue.
AppPage {
    id: root

    signal languageChosen

    title: qsTr("Choose your language")

    BodyText {
        text: qsTr("Tap your language. You can change it later in Settings.")
    }

    LanguageList {
    }

    Button {
        objectName: "languageContinue"
        text: qsTr("Continue")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        onClicked: {
            LanguageController.choose(LanguageController.language);
            root.languageChosen();
        }
    }
}
