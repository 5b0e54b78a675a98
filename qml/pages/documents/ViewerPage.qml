import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Samen
import Samen.App

// One page of a paper, large: pinch or the buttons to zoom, swipe or the buttons to go to the
// next or previous page. The picture comes straight from the locked store (never a file).
AppPage {
    id: root

    required property var documentId
    // The page shown first (a row of the paper's pages).
    property int pageIndex: 0

    signal openPage(string name, var properties)

    readonly property var pages: photos.attachments
    readonly property int count: root.pages.count
    readonly property int current: photos.pageIndex
    readonly property real attachmentId: root.count > 0 ? root.pages.idAt(root.current) : 0
    readonly property bool isPdf: root.count > 0 && root.pages.isPdfAt(root.current)
    property real zoom: 1
    readonly property real minZoom: 1
    readonly property real maxZoom: 4

    function setZoom(value) {
        root.zoom = Math.max(root.minZoom, Math.min(root.maxZoom, value));
    }

    function go(step) {
        photos.pageIndex = root.current + step;
        root.zoom = 1;
    }

    title: root.count > 0 ? qsTr("Page %1 of %2").arg(DocumentFiles.number(root.current + 1)).arg(DocumentFiles.number(root.count)) : qsTr("Photos and files")

    DocumentPhotos {
        id: photos

        objectName: "documentPhotos"
        documentId: root.documentId
        showsPicture: true
        Component.onCompleted: photos.pageIndex = root.pageIndex
    }

    FolderDialog {
        id: pickFolder

        acceptLabel: qsTr("Choose this folder")
        rejectLabel: qsTr("Cancel")

        title: qsTr("Where do you want to save the copies?")
        currentFolder: FilePlaces.startFolder()
        onAccepted: photos.exportAttachment(root.attachmentId, pickFolder.selectedFolder)
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

        text: qsTr("Do you want to delete this page? You cannot undo this.")
        actionText: qsTr("Delete the page")
        danger: true
        onAccepted: photos.remove(root.attachmentId)
    }

    BodyText {
        visible: root.count === 0
        text: qsTr("No photos or files of this paper yet.")
    }

    Rectangle {
        id: viewport

        visible: root.count > 0
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius / 2
        clip: true
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(240, root.availableHeight - controls.implicitHeight - 3 * Theme.spacing)

        Flickable {
            id: flick

            anchors.fill: parent
            anchors.margins: 1
            contentWidth: flick.width * root.zoom
            contentHeight: flick.height * root.zoom
            interactive: root.zoom > 1
            boundsBehavior: Flickable.StopAtBounds

            Image {
                id: picture

                width: flick.contentWidth
                height: flick.contentHeight
                visible: !root.isPdf
                source: root.count > 0 ? root.pages.pictureAt(root.current) : ""
                asynchronous: true // decoded on a worker (image://picture)
                cache: false
                fillMode: Image.PreserveAspectFit
                smooth: true
                mipmap: true
                Accessible.role: Accessible.Graphic
                Accessible.name: root.title
            }
        }
        PinchArea {
            property real startZoom: 1

            anchors.fill: parent
            enabled: !root.isPdf
            onPinchStarted: startZoom = root.zoom
            onPinchUpdated: pinch => root.setZoom(startZoom * pinch.scale)
        }
        DragHandler {
            id: swipe

            enabled: root.zoom === 1 && root.count > 1
            target: null
            xAxis.enabled: true
            yAxis.enabled: false
            onActiveChanged: {
                if (swipe.active)
                    return;
                const distance = swipe.centroid.position.x - swipe.centroid.pressPosition.x;
                const forward = LanguageController.rightToLeft ? distance > 0 : distance < 0;
                if (Math.abs(distance) > viewport.width / 5)
                    root.go(forward ? 1 : -1);
            }
        }
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            visible: root.isPdf

            Label {
                text: "PDF"
                color: Theme.primary
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                Layout.alignment: Qt.AlignHCenter
            }
            BodyText {
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("This is a PDF file. Samen cannot show it here. Save a copy to open it in another app.")
            }
        }
    }

    ColumnLayout {
        id: controls

        visible: root.count > 0
        spacing: Theme.spacingSmall
        Layout.fillWidth: true

        RowLayout {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            ViewerButton {
                text: qsTr("Previous page")
                iconSource: "qrc:/icons/chevron.svg"
                mirrorIcon: !LanguageController.rightToLeft
                enabled: root.current > 0
                onClicked: root.go(-1)
            }
            ViewerButton {
                text: qsTr("Zoom out")
                symbol: "−"
                enabled: !root.isPdf && root.zoom > root.minZoom
                onClicked: root.setZoom(root.zoom / 1.5)
            }
            ViewerButton {
                text: qsTr("Zoom in")
                symbol: "+"
                enabled: !root.isPdf && root.zoom < root.maxZoom
                onClicked: root.setZoom(root.zoom * 1.5)
            }
            ViewerButton {
                text: qsTr("Next page")
                iconSource: "qrc:/icons/chevron.svg"
                mirrorIcon: LanguageController.rightToLeft
                enabled: root.current < root.count - 1
                onClicked: root.go(1)
            }
        }
        StatusMessage {
            good: photos.messageIsGood
            text: photos.message
        }
        SecondaryButton {
            objectName: "saveCopyButton"
            text: qsTr("Save a copy")
            enabled: !photos.busy
            onClicked: exportWarning.open()
        }
        SecondaryButton {
            text: qsTr("Delete this page")
            danger: true
            enabled: !photos.busy
            onClicked: removeQuestion.open()
        }
    }
}
