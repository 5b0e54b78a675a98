import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// A page with a title bar (and a back button when there is a page to go back to) and
// scrolling content laid out in one column.
Page {
    id: root

    default property alias content: column.data
    readonly property bool canGoBack: root.StackView.index > 0

    background: Rectangle {
        color: Theme.background
    }

    header: ToolBar {
        id: bar

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
                text: qsTr("Back")
                display: AbstractButton.IconOnly
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: root.StackView.view.pop()

                contentItem: Image {
                    source: "qrc:/icons/back.svg"
                    sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                    fillMode: Image.Pad
                    mirror: LanguageController.rightToLeft
                }
            }

            Label {
                id: titleLabel

                text: root.title
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

    Flickable {
        id: flickable

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {
        }

        ColumnLayout {
            id: column

            width: Math.min(flickable.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            x: (flickable.width - width) / 2
            y: Theme.spacing
            spacing: Theme.spacing
        }
    }
}
