import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// A page with a title bar (and a back button when there is a page to go back to) and
// scrolling content laid out in one column. A page whose content is a list that can grow is a
// ListPage instead.
Page {
    id: root

    default property alias content: column.data

    background: Rectangle {
        color: Theme.background
    }

    header: PageBar {
        page: root
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
