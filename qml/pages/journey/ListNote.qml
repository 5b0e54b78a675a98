import QtQuick
import QtQuick.Controls.Basic
import Samen

// A paragraph above or below the rows of a JourneyListPage (its listHeader or listFooter),
// as wide as the rows.
Item {
    id: root

    readonly property real rowWidth: ListView.view ? Math.min(ListView.view.width - 2 * Theme.spacing, Theme.contentMaxWidth) : 0
    property alias text: body.text
    property alias color: body.color
    // Space between this note and the rows: below a header, above a footer.
    property bool footer: false

    width: ListView.view ? ListView.view.width : 0
    height: body.implicitHeight + Theme.spacing

    BodyText {
        id: body

        y: root.footer ? Theme.spacing : 0
        width: root.rowWidth
        x: (root.width - width) / 2
    }
}
