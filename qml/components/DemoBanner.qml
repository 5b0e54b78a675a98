import QtQuick
import QtQuick.Controls.Basic
import Samen
import Samen.App

// A strip at the top of every screen in demo mode: example data, and the PIN to open it.
Rectangle {
    id: root

    visible: HelperController.demoPin.length > 0
    implicitHeight: root.visible ? banner.implicitHeight : 0
    color: Theme.primarySoft

    Label {
        id: banner

        width: root.width
        text: qsTr("Demo with example data. PIN: %1").arg(LanguageController.isolate(LanguageController.inOwnDigits(HelperController.demoPin)))
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        padding: Theme.spacingSmall
        Accessible.role: Accessible.StaticText
        Accessible.name: banner.text
    }
}
