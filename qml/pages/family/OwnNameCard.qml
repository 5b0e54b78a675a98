import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The user's own name, optional: in their own script and in Latin letters as on the residence
// permit. It heads the family page and the helper's summary; it is kept only in the vault.
ColumnLayout {
    id: root

    function save() {
        FamilyController.setOwnNames(ownNameField.text, ownLatinField.text);
    }

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    readonly property string ownName: FamilyController.ownName
    readonly property string ownLatinName: FamilyController.ownLatinName

    onOwnNameChanged: {
        if (!ownNameField.activeFocus)
            ownNameField.text = root.ownName;
    }
    onOwnLatinNameChanged: {
        if (!ownLatinField.activeFocus)
            ownLatinField.text = root.ownLatinName;
    }
    Component.onCompleted: {
        ownNameField.text = root.ownName;
        ownLatinField.text = root.ownLatinName;
    }

    Heading {
        objectName: "ownHeading"
        text: FamilyController.ownName.length > 0 ? qsTr("You: %1").arg(LanguageController.isolate(FamilyController.ownName)) : FamilyController.ownLatinName.length > 0 ? qsTr("You: %1").arg(LanguageController.isolate(FamilyController.ownLatinName)) : qsTr("You")
    }
    Label {
        id: ownNameCaption

        text: qsTr("Your name in your own language (you may leave it empty). A helper sees it on the summary.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    TextField {
        id: ownNameField

        objectName: "ownNameField"
        font.pixelSize: Theme.fontTitle
        inputMethodHints: Theme.privateTextHints
        maximumLength: Theme.nameMaxLength
        Accessible.name: ownNameCaption.text
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onEditingFinished: root.save()
    }
    Label {
        id: ownLatinCaption

        text: qsTr("Your name in Latin letters, as on your residence permit")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    TextField {
        id: ownLatinField

        objectName: "ownLatinField"
        font.pixelSize: Theme.fontTitle
        horizontalAlignment: TextInput.AlignLeft
        inputMethodHints: Theme.privateTextHints | Qt.ImhLatinOnly
        maximumLength: Theme.nameMaxLength
        LayoutMirroring.enabled: false
        Accessible.name: ownLatinCaption.text
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onEditingFinished: root.save()
    }
}
