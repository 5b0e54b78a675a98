import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The title bar of a page: its title, and a back button when there is a page to go back to.
ToolBar {
    id: root

    required property Page page
    readonly property bool canGoBack: root.page.StackView.index > 0

    contentHeight: Math.max(Theme.touchTarget, titleLabel.implicitHeight)
    background: Rectangle {
        color: Theme.primary
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ToolButton {
            id: backButton

            objectName: "backButton"
            visible: root.canGoBack
            // The words of every page's back button, translated once (AppPage's context).
            text: qsTranslate("AppPage", "Back")
            display: AbstractButton.IconOnly
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: root.page.StackView.view.pop()

            contentItem: Image {
                // Loaded only when there is a page to go back to (not on the start pages' first frame).
                source: root.canGoBack ? "qrc:/icons/back.svg" : ""
                sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                fillMode: Image.Pad
                mirror: LanguageController.rightToLeft
            }
        }

        Label {
            id: titleLabel

            text: root.page.title
            color: Theme.primaryText
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
            leftPadding: backButton.visible ? 0 : Theme.spacing
            rightPadding: Theme.spacing
            topPadding: Theme.spacingSmall
            bottomPadding: Theme.spacingSmall
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
    }
}
