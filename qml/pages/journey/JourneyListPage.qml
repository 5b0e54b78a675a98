import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// A page like AppPage whose content is one list: a ListView over a model, so that only the rows
// on screen are created (issue 19). What comes above the rows goes in listHeader.
Page {
    id: root

    property alias model: list.model
    property alias delegate: list.delegate
    property alias listHeader: list.header
    property alias listFooter: list.footer
    // Items that stay above the list while it scrolls (a search field).
    property alias aboveList: above.data
    readonly property bool canGoBack: root.StackView.index > 0
    // The width of a row (JourneyCard): the page's, at most Theme.contentMaxWidth. Rows take it
    // from the page when they are created, so that their text is wrapped once, at this width
    // (ListView.view is attached only after a row's bindings first run).
    readonly property real rowWidth: Math.min(root.width - 2 * Theme.spacing, Theme.contentMaxWidth)

    background: Rectangle {
        color: Theme.background
    }

    header: ToolBar {
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

    ColumnLayout {
        id: above

        visible: children.length > 0
        width: Math.min(root.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        x: (root.width - width) / 2
        y: Theme.spacing
        spacing: Theme.spacingSmall
    }

    ListView {
        id: list

        objectName: "journeyList"
        // No rows made ahead off screen (as ListPage): made over the next frames, they overlapped
        // the rows on screen in a layout check under load (tst_layout, help with its speakers).
        cacheBuffer: 0
        anchors.fill: parent
        // Below what stays above the list, with a gap where rows scroll out of sight.
        anchors.topMargin: above.visible ? above.y + above.implicitHeight + Theme.spacingSmall : 0
        topMargin: Theme.spacing
        bottomMargin: Theme.spacing
        spacing: Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // Rows are laid out by their width: the list never scrolls sideways.
        flickableDirection: Flickable.VerticalFlick
        ScrollIndicator.vertical: ScrollIndicator {
        }
    }
}
