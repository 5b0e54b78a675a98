import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Samen
import Samen.App

// Before handing the phone over: what the helper view is, the way in, and "Save as PDF".
AppPage {
    id: root

    property bool saved: false

    signal openPage(string name)

    title: qsTr("Show to a helper")

    FileDialog {
        id: saveDialog

        acceptLabel: qsTr("Save")
        rejectLabel: qsTr("Cancel")

        title: qsTr("Where do you want to save the PDF?")
        fileMode: FileDialog.SaveFile
        nameFilters: ["PDF (*.pdf)"]
        currentFolder: FilePlaces.startFolder()
        currentFile: FilePlaces.suggestedFile(HelperController.suggestedFileName())
        onAccepted: root.saved = HelperController.savePdf(saveDialog.selectedFile)
    }

    IconTile {
        iconName: "helper"
        Layout.alignment: Qt.AlignHCenter
    }
    BodyText {
        text: qsTr("Show a short summary of your family, your deadlines and your papers to a volunteer, a social worker or a lawyer. It is in Dutch or English. They can only read it.")
    }
    BodyText {
        text: qsTr("To close the summary, your PIN is needed. So you can give your phone to the helper.")
    }
    BodyText {
        visible: !HelperController.available
        text: qsTr("Open Samen with your PIN first.")
    }
    PrimaryButton {
        objectName: "startHelperView"
        text: qsTr("Show the summary")
        enabled: HelperController.available
        onClicked: root.openPage("helperview")
    }
    Heading {
        text: qsTr("Save as PDF")
    }
    Notice {
        iconName: "warning"
        objectName: "notLockedWarning"
        text: qsTr("The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.")
    }
    SecondaryButton {
        objectName: "savePdf"
        text: qsTr("Save as PDF")
        enabled: HelperController.available
        Layout.fillWidth: true
        onClicked: {
            root.saved = false;
            saveDialog.open();
        }
    }
    StatusMessage {
        good: root.saved
        text: root.saved ? qsTr("The PDF is saved.") : HelperController.message
    }
}
