import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Samen
import Samen.App

// A letter the user kept (KeptLetters): its photo (tap: full screen, pinch or the buttons to
// zoom), the text Samen read in it (selectable, with a speaker) and "Delete the photo and text"
// after an on-screen question. The photo comes straight from the locked store (never a file).
ColumnLayout {
    id: root

    required property double keptId
    required property string letterDate
    required property string keptOn
    required property string letterText
    property real zoom: 1

    function setZoom(value) {
        root.zoom = Math.max(1, Math.min(4, value));
    }

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    Heading {
        text: qsTr("The letter you kept")
    }
    BodyText {
        objectName: "keptLetterDates"
        text: root.letterDate.length > 0 ? qsTr("Letter of %1, kept on %2").arg(LanguageController.isolate(root.letterDate)).arg(LanguageController.isolate(root.keptOn)) : qsTr("Kept on %1").arg(LanguageController.isolate(root.keptOn))
    }
    AbstractButton {
        id: photoButton

        objectName: "keptLetterPhoto"
        Layout.fillWidth: true
        // A4: the whole page, small; a tap shows it large.
        Layout.preferredHeight: Math.round(photoButton.width * 1.414)
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Show the photo of the letter on the whole screen")
        onClicked: {
            root.zoom = 1;
            fullView.open();
        }

        contentItem: Image {
            source: "image://keptletter/" + root.keptId
            sourceSize: Qt.size(Math.max(1, photoButton.width), 0)
            asynchronous: false
            cache: false
            fillMode: Image.PreserveAspectFit
            smooth: true
        }
        background: Rectangle {
            color: Theme.surface
            border.color: photoButton.activeFocus ? Theme.focus : Theme.border
            border.width: photoButton.activeFocus ? 3 : 1
            radius: Theme.radius / 2
        }
    }
    BodyText {
        text: qsTr("The text Samen read in the letter (in Dutch, maybe with mistakes):")
        font.bold: true
    }
    Item {
        implicitHeight: Math.max(letterText.implicitHeight, speaker.implicitHeight)
        Layout.fillWidth: true

        TextEdit {
            id: letterText

            objectName: "keptLetterText"
            anchors.left: parent.left
            anchors.right: speaker.left
            anchors.rightMargin: Theme.spacingSmall
            text: root.letterText
            textFormat: TextEdit.PlainText
            readOnly: true
            selectByMouse: true
            persistentSelection: true
            wrapMode: TextEdit.Wrap
            color: Theme.text
            selectionColor: Theme.primarySoft
            selectedTextColor: Theme.text
            font.pixelSize: Theme.fontBody
            // Dutch: left to right in every language.
            LayoutMirroring.enabled: false
            horizontalAlignment: TextEdit.AlignLeft
            Accessible.role: Accessible.StaticText
            Accessible.name: root.letterText
        }
        SpeakerButton {
            id: speaker

            anchors.right: parent.right
            anchors.top: parent.top
            text: root.letterText
            key: "keptLetter." + root.keptId
        }
    }
    SecondaryButton {
        objectName: "keptLetterDelete"
        visible: !question.visible
        text: qsTr("Delete the photo and text")
        onClicked: question.visible = true
    }
    ColumnLayout {
        id: question

        objectName: "keptLetterDeleteQuestion"
        visible: false
        spacing: Theme.spacingSmall
        Layout.fillWidth: true

        Notice {
            iconName: "warning"
            text: qsTr("Delete the photo and the text of this letter from this phone? You cannot undo this. The dates you saved stay.")
        }
        PrimaryButton {
            objectName: "keptLetterDeleteConfirm"
            text: qsTr("Delete the photo and text")
            danger: true
            onClicked: KeptLetters.remove(root.keptId)
        }
        SecondaryButton {
            objectName: "keptLetterDeleteCancel"
            text: qsTr("Cancel")
            onClicked: question.visible = false
        }
    }

    Popup {
        id: fullView

        objectName: "keptLetterFullView"
        parent: T.Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        padding: 0

        background: Rectangle {
            color: Theme.background
        }

        // A child, not the contentItem: items with an id inside a deferred contentItem are not deferred.
        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            Flickable {
                id: flick

                clip: true
                contentWidth: flick.width * root.zoom
                contentHeight: fullPicture.paintedHeight > 0 ? Math.max(flick.height, fullPicture.paintedHeight) : flick.height
                boundsBehavior: Flickable.StopAtBounds
                Layout.fillWidth: true
                Layout.fillHeight: true

                Image {
                    id: fullPicture

                    width: flick.contentWidth
                    source: fullView.visible ? "image://keptletter/" + root.keptId : ""
                    asynchronous: false
                    cache: false
                    fillMode: Image.PreserveAspectFit
                    smooth: true
                    mipmap: true
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Photo of the letter")
                }
                PinchArea {
                    property real startZoom: 1

                    anchors.fill: parent
                    onPinchStarted: startZoom = root.zoom
                    onPinchUpdated: pinch => root.setZoom(startZoom * pinch.scale)
                }
            }
            RowLayout {
                spacing: Theme.spacingSmall
                Layout.fillWidth: true
                Layout.margins: Theme.spacingSmall

                SecondaryButton {
                    objectName: "keptLetterZoomOut"
                    text: qsTr("Zoom out")
                    enabled: root.zoom > 1
                    onClicked: root.setZoom(root.zoom / 1.5)
                    Layout.fillWidth: true
                }
                SecondaryButton {
                    objectName: "keptLetterZoomIn"
                    text: qsTr("Zoom in")
                    enabled: root.zoom < 4
                    onClicked: root.setZoom(root.zoom * 1.5)
                    Layout.fillWidth: true
                }
                PrimaryButton {
                    objectName: "keptLetterClose"
                    text: qsTr("Close")
                    onClicked: fullView.close()
                    Layout.fillWidth: true
                }
            }
        }
    }
}
