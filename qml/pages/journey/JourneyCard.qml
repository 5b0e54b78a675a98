import QtQuick
import QtQuick.Controls.Basic
import Samen

// One row of a JourneyListPage: a white card as wide as the page's content, in the middle.
// Use it as the root of the list's delegate.
Control {
    width: ListView.view ? Math.min(ListView.view.width - 2 * Theme.spacing, Theme.contentMaxWidth) : 0
    x: ListView.view ? (ListView.view.width - width) / 2 : 0
    padding: Theme.spacing

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
}
