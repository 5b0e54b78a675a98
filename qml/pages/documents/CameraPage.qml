import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Samen
import Samen.App

// Takes a photo of a paper with the phone's camera. The picture is kept in memory and goes
// straight into the locked store (ImageCapture.capture(), never captureToFile): it is never
// saved in the gallery or any other file.
AppPage {
    id: root

    required property var documentId

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
                        if (photos.importCamera(preview))
                            root.StackView.view.pop();
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
        enabled: root.capture !== null && root.capture.readyForCapture && !photos.busy
        text: qsTr("Take the photo")
        onClicked: root.capture.capture()
    }
}
