import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A paragraph that scrolls when the space it gets is smaller than the text (a dialog at a large
// text size), and is as tall as the text otherwise.
Flickable {
    id: root

    property alias text: body.text

    clip: true
    contentHeight: body.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    Layout.fillWidth: true
    Layout.fillHeight: true
    Layout.preferredHeight: body.implicitHeight
    ScrollIndicator.vertical: ScrollIndicator {
    }

    BodyText {
        id: body

        width: root.width
    }
}
