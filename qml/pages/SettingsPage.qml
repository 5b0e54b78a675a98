import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

AppPage {
    title: qsTr("Settings")

    Heading {
        text: qsTr("Language")
    }
    LanguageList {}

    Heading {
        text: qsTr("About Samen")
    }
    BodyText {
        text: qsTr("Samen works without internet. It does not send your information anywhere.")
    }
    BodyText {
        text: qsTr("Version %1").arg(Qt.application.version)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
}
