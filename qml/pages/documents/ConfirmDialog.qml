import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Samen

// A question before something that cannot be undone or that exposes data: the text, the
// action as a button, and "Cancel". accepted() is emitted when the user chooses the action.
Dialog {
    id: root

    property string text
    property string actionText
    property bool danger: false

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 320, Theme.contentMaxWidth)
    // Never taller than the window: a long text scrolls, the two buttons stay on screen.
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    modal: true
    padding: Theme.spacing

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        ScrollingText {
            objectName: root.objectName + "Text" // e.g. "notLockedWarningText" for the tests
            text: root.text
        }
        PrimaryButton {
            objectName: "confirmAction"
            text: root.actionText
            danger: root.danger
            onClicked: root.accept()
        }
        SecondaryButton {
            objectName: "confirmCancel"
            text: qsTr("Cancel")
            onClicked: root.reject()
        }
    }
}
