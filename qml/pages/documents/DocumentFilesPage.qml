pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import Samen
import Samen.App

// The photos and files of one paper (documentId): thumbnails, add, view, delete, and copies for
// the IND's website. Everything stays inside the locked store. The pages are the page's list:
// with 100 photos only the tiles on screen exist.
ListPage {
    id: root

    required property var documentId

    signal openPage(string name, var properties)

    // Set before the export warning: one page, or 0 for all papers of this person.
    property real exportAttachmentId: 0
    readonly property bool hasDocument: photos.exists
    readonly property int pageCount: photos.attachments.count
    readonly property var mediaDevices: cameraCheck.item
    readonly property bool hasCamera: root.mediaDevices !== null && root.mediaDevices.videoInputs.length > 0

    function viewPage(index) {
        root.openPage("viewer", {
                "documentId": root.documentId,
                "pageIndex": index
            });
    }

    function askToExport(attachmentId) {
        root.exportAttachmentId = attachmentId;
        exportWarning.open();
    }

    function askToRemove(attachmentId) {
        removeQuestion.attachmentId = attachmentId;
        removeQuestion.open();
    }

    title: qsTr("Photos and files")
    listName: "photoList"
    model: root.hasDocument ? photos.attachments : null

    DocumentPhotos {
        id: photos

        objectName: "documentPhotos"
        documentId: root.documentId
        onPhotoToCheck: root.openPage("photocheck", {})
        onChooseAgain: pickFile.open()
    }

    // The camera is looked for on Android only: on a desktop without a sound server Qt Multimedia
    // prints warnings as it starts, and desktops are for building and testing.
    Loader {
        id: cameraCheck

        visible: false
        active: Qt.platform.os === "android"
        sourceComponent: MediaDevices {
        }
    }

    FileDialog {
        id: pickFile

        acceptLabel: qsTr("Open")
        rejectLabel: qsTr("Cancel")

        title: qsTr("Choose a photo or a PDF file")
        nameFilters: [qsTr("Photos and PDF files") + " (*.jpg *.jpeg *.png *.webp *.pdf)"]
        currentFolder: FilePlaces.startFolder()
        onAccepted: photos.importFile(pickFile.selectedFile)
    }
    FolderDialog {
        id: pickFolder

        acceptLabel: qsTr("Choose this folder")
        rejectLabel: qsTr("Cancel")

        title: qsTr("Where do you want to save the copies?")
        currentFolder: FilePlaces.startFolder()
        onAccepted: {
            if (root.exportAttachmentId > 0)
                photos.exportAttachment(root.exportAttachmentId, pickFolder.selectedFolder);
            else
                photos.exportMember(pickFolder.selectedFolder);
        }
    }
    ConfirmDialog {
        id: exportWarning

        objectName: "notLockedWarning"
        text: qsTr("The copies are not locked. Anyone who uses this phone can see them. Delete the copies after you have uploaded them to the IND website.")
        actionText: qsTr("I understand. Choose a folder")
        onAccepted: pickFolder.open()
    }
    ConfirmDialog {
        id: removeQuestion

        property real attachmentId: 0

        text: qsTr("Do you want to delete this page? You cannot undo this.")
        actionText: qsTr("Delete the page")
        danger: true
        onAccepted: photos.remove(removeQuestion.attachmentId)
    }

    IconTile {
        iconName: "family"
        visible: !root.hasDocument
        Layout.alignment: Qt.AlignHCenter
    }
    BodyText {
        visible: !root.hasDocument
        text: qsTr("There are no papers here yet. First answer the questions about your family. Then Samen shows which papers each person needs, and you can add photos of them here.")
    }
    PrimaryButton {
        visible: !root.hasDocument
        text: qsTr("Answer the questions")
        onClicked: root.openPage("eligibility")
    }

    Notice {
        visible: root.hasDocument
        iconName: "lock"
        text: qsTr("Photos and files you add here are locked inside Samen. They are not put in your phone's gallery.")
    }
    BodyText {
        visible: root.hasDocument && root.pageCount === 0
        text: qsTr("No photos or files of this paper yet.")
    }

    delegate: PageTile {
        id: tile

        width: root.columnWidth
        x: root.columnX
        // A card in the list's pool of unused rows is no row: hidden from the tree, tests and
        // TalkBack until it shows a row again.
        ListView.onPooled: tile.visible = false
        ListView.onReused: tile.visible = true
        onView: root.viewPage(tile.index)
        onSaveCopy: root.askToExport(tile.attachmentId)
        onRemove: root.askToRemove(tile.attachmentId)
    }

    after: ColumnLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true

        StatusMessage {
            good: photos.messageIsGood
            text: photos.message
        }
        WorkingNote {
            visible: photos.busy
            text: qsTr("Working on it. This can take a moment.")
        }
        PrimaryButton {
            objectName: "addFileButton"
            visible: root.hasDocument
            enabled: !photos.busy
            text: qsTr("Add photo or file")
            onClicked: pickFile.open()
        }
        SecondaryButton {
            visible: root.hasDocument && root.hasCamera
            enabled: !photos.busy
            text: qsTr("Take a photo")
            onClicked: root.openPage("camera", {
                    "documentId": root.documentId
                })
        }
        SecondaryButton {
            objectName: "saveAllCopiesButton"
            visible: root.hasDocument && root.pageCount > 0
            enabled: !photos.busy
            text: qsTr("Save copies of all papers of this person")
            onClicked: root.askToExport(0)
        }
    }
}
