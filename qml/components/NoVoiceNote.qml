import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Samen
import Samen.App

// Said once, after the first tap on a speaker when this phone has no voice for the app's
// language: that it has none and how to add one on Android. The speakers then hide (except
// where a recorded clip exists), so no button is left that does nothing. One in Main.qml.
Dialog {
    id: root

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 320, Theme.contentMaxWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    objectName: "noVoiceNote"
    modal: true
    padding: Theme.spacing
    visible: ReadAloud.noVoiceNote
    onClosed: ReadAloud.closeNoVoiceNote()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        BodyText {
            objectName: "noVoiceNoteText"
            text: qsTr("This phone has no voice that can read your language aloud.")
            font.bold: true
        }
        VoiceAdvice {
        }
        PrimaryButton {
            objectName: "noVoiceNoteOk"
            text: qsTr("OK")
            onClicked: root.close()
        }
    }
}
