import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Samen
import Samen.App

// Takes a photo of a paper with the phone's camera. The picture is kept in memory
// (ImageCapture.capture(), never captureToFile) and goes to the photo check: it is never saved
// in the gallery or any other file. For a paper (purpose "document", documentId set) "Use this
// photo" stores it in the locked store; for a letter (purpose "letter") the letter reader gets
// it from PhotoCheck.accepted and this page stores nothing.
AppPage {
    id: root

    // The paper the photo is for (purpose "document").
    property var documentId: 0
    // "document" or "letter".
    property string purpose: "document"

    signal openPage(string name, var properties)

    readonly property var mediaDevices: cameraCheck.item
    readonly property bool hasCamera: root.mediaDevices !== null && root.mediaDevices.videoInputs.length > 0
    readonly property var viewfinderItem: viewfinder.item
    readonly property var capture: root.viewfinderItem ? root.viewfinderItem.capture : null

    title: qsTr("Take a photo")

    DocumentPhotos {
        id: photos

        objectName: "documentPhotos"
        documentId: root.documentId
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

    BodyText {
        visible: !root.hasCamera
        text: qsTr("Samen cannot find a camera on this device. Use \"Add photo or file\" instead.")
    }
    BodyText {
        visible: root.hasCamera
        text: qsTr("Put the paper on a table in good light. Make sure all corners are in the picture.")
    }

    Loader {
        id: viewfinder

        active: root.hasCamera && root.visible
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(240, root.availableHeight - 3 * Theme.touchTarget - 4 * Theme.spacing)

        sourceComponent: Item {
            property alias capture: imageCapture

            CaptureSession {
                camera: Camera {
                    active: true
                }
                imageCapture: ImageCapture {
                    id: imageCapture

                    onImageCaptured: (requestId, preview) => {
                        const started = root.purpose === "letter" ? PhotoCheck.begin(preview, "letter") : photos.checkCamera(preview);
                        if (started)
                            root.openPage("photocheck", {
                                    "fromCamera": true
                                });
                    }
                }
                videoOutput: output
            }
            VideoOutput {
                id: output

                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectFit
            }
        }
    }

    PrimaryButton {
        visible: root.hasCamera
        enabled: root.capture !== null && root.capture.readyForCapture && !photos.busy && PhotoCheck.status === PhotoCheckStatus.Idle
        text: qsTr("Take the photo")
        onClicked: root.capture.capture()
    }
}
