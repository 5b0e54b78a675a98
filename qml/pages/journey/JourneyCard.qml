import QtQuick
import QtQuick.Controls.Basic
import Samen

// One row of a JourneyListPage: a white card in the middle of the page. Use it as the root of
// the list's delegate, with width: root.rowWidth (the page's
// JourneyListPage.rowWidth).
Control {
    x: ListView.view ? (ListView.view.width - width) / 2 : 0
    padding: Theme.spacing

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
}
