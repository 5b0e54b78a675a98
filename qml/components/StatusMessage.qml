import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// A problem or a success, with an icon and words (never colour alone); hidden when empty.
Control {
    id: root

    property string text
    property bool good: false

    // The page scrolls to a message when it appears: it answers what was just done, often with
    // the button that did it above it (a backup's "saved" was below the fold at 360×640).
    function scrollIntoView() {
        for (let item = root.parent; item; item = item.parent) {
            if (item instanceof Flickable) {
                const top = root.mapToItem(item.contentItem, 0, 0).y;
                const lowest = Math.max(0, item.contentHeight - item.height);
                if (top < item.contentY)
                    item.contentY = Math.max(0, top - Theme.spacing);
                else if (top + root.height > item.contentY + item.height)
                    item.contentY = Math.min(lowest, top + root.height + Theme.spacing - item.height);
                return;
            }
        }
    }

    visible: root.text.length > 0
    onTextChanged: {
        if (root.text.length > 0)
            root.scrollAfterFrame();
    }
    // After the next frame: what changed with the message (a note that hides, a field that
    // empties) is laid out by then.
    function scrollAfterFrame() {
        const window = root.Window.window;
        if (!window)
            return;
        const once = () => {
            window.frameSwapped.disconnect(once);
            root.scrollIntoView();
        };
        window.frameSwapped.connect(once);
    }
    padding: Theme.spacing
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.good ? Theme.good : Theme.danger
        border.width: 2
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Image {
            asynchronous: true
            // Loaded only when there is a message: a hidden icon must not delay a page's first frame.
            source: root.text.length === 0 ? "" : root.good ? "qrc:/icons/check.svg" : "qrc:/icons/warning.svg"
            sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
            Layout.alignment: Qt.AlignTop
            Accessible.ignored: true
        }
        BodyText {
            text: root.text
        }
    }
}
