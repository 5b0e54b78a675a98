import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// A page like AppPage whose content is a list that can grow (the family, the deadlines, the
// photos of a paper): a ListView over `model` that creates only the rows on screen and a few
// around them, and reuses them while scrolling. What comes before the rows goes in the page as
// in AppPage; what comes after them in `after`; both scroll with the rows, in reading order.
// A delegate sets `width: page.columnWidth` and `x: page.columnX`.
Page {
    id: root

    default property alias content: headContent.data
    property alias after: tailContent.data
    property alias model: view.model
    property alias delegate: view.delegate
    // The list itself (tests and benchmarks find it by the page's listName).
    readonly property alias listView: view
    property string listName: ""
    // Rows that scroll away are kept and reused for the rows that come (their delegates then
    // hide while pooled and reset their own state when reused).
    property bool reuseItems: true
    // Pixels of rows made ahead of the screen. 0 by default: rows made ahead are made over the
    // next frames, where a page check (and TalkBack) could meet them before they are placed. A
    // page whose rows are costly to make sets it, so that they are made a piece a frame
    // (asynchronously) before they scroll in, instead of all in the frame they appear.
    property int rowsAhead: 0
    readonly property real columnWidth: Math.min(view.width - 2 * Theme.spacing, Theme.contentMaxWidth)
    readonly property real columnX: (view.width - root.columnWidth) / 2
    // True once the end of the list is less than a screen away: what comes after the rows can
    // be made only then (a Loader with active: page.nearEnd).
    readonly property bool nearEnd: view.footerItem !== null && view.footerItem.y < view.contentY + 2 * view.height

    // The list's header and footer frames take the height of what they hold. Until the user
    // scrolls, the page shows its top, also when the header grows as its texts are laid out
    // (later: the list may be creating its header or rows right now).
    function fitFrames() {
        const header = view.headerItem;
        if (header) {
            const height = headContent.implicitHeight + (headContent.implicitHeight > 0 ? 2 : 1) * Theme.spacing;
            if (header.height !== height) {
                header.height = height;
                if (!view.userMoved)
                    Qt.callLater(view.positionViewAtBeginning);
            }
        }
        if (view.footerItem)
            view.footerItem.height = tailContent.implicitHeight + (tailContent.implicitHeight > 0 ? 2 : 1) * Theme.spacing;
    }

    // A page the router prepared was made hidden, in steps: the list may have been told to show
    // its top while it could not yet. The top when it is shown, unless the user scrolled.
    onVisibleChanged: {
        if (root.visible && !view.userMoved)
            Qt.callLater(view.positionViewAtBeginning);
    }

    background: Rectangle {
        color: Theme.background
    }

    header: PageBar {
        page: root
    }

    ListView {
        id: view

        property bool userMoved: false

        objectName: root.listName
        anchors.fill: parent
        clip: true
        spacing: Theme.spacing
        reuseItems: root.reuseItems
        cacheBuffer: root.rowsAhead
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {
        }
        onMovementStarted: view.userMoved = true
        onHeaderItemChanged: root.fitFrames()
        onFooterItemChanged: root.fitFrames()

        // Empty frames, sized by fitFrames() (the list creates them in a context of its own).
        header: Item {
        }
        footer: Item {
        }
    }

    // Tab and TalkBack go through the rows (with the header first and the footer last) in the
    // order they are shown, also after rows were made or reused while scrolling.
    ReadingOrder {
        target: view.contentItem
    }

    // Laid out inside the list's header and footer, so they scroll with the rows.
    ColumnLayout {
        id: headContent

        parent: view.headerItem
        width: root.columnWidth
        x: root.columnX
        y: Theme.spacing
        spacing: Theme.spacing
        onImplicitHeightChanged: root.fitFrames()
    }
    ColumnLayout {
        id: tailContent

        parent: view.footerItem
        width: root.columnWidth
        x: root.columnX
        y: Theme.spacing
        spacing: Theme.spacing
        onImplicitHeightChanged: root.fitFrames()
    }
}
