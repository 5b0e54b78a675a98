pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The photo check (PhotoCheck): what is wrong with the photo and what to do, the photo with
// the page's four corners to drag, "Take again" and "Use this photo" (the page made flat).
// The photo is only in memory. Opened by the camera (fromCamera: the camera page is left too
// when the photo is used) or after a photo was chosen as a file.
AppPage {
    id: root

    // True when the camera page lies under this page.
    property bool fromCamera: false
    // The photo this page was opened for (PhotoCheck.photo then).
    property string ownPhoto

    signal openPage(string name, var properties)

    readonly property bool ready: PhotoCheck.status === PhotoCheckStatus.Ready
    readonly property bool working: PhotoCheck.status === PhotoCheckStatus.Checking || PhotoCheck.status === PhotoCheckStatus.Straightening
    readonly property bool hasPhoto: PhotoCheck.status !== PhotoCheckStatus.Idle
    readonly property real photoAspect: PhotoCheck.photoAspect
    // The corners as the user dragged them (null: as found), fractions of the photo.
    property var dragged: null
    // The corners shown (top left, top right, bottom right, bottom left), fractions of the photo.
    readonly property var corners: root.dragged ?? PhotoCheck.corners
    readonly property int checkStatus: PhotoCheck.status

    // Goes back @p pages pages, when this page is still the one on top.
    function leave(pages) {
        const view = root.StackView.view;
        if (view && view.currentItem === root)
            view.pop(view.get(Math.max(0, root.StackView.index - pages)));
    }

    function takeAgain() {
        root.leave(1);
        PhotoCheck.retake();
    }

    function moveCorner(index, x, y) {
        const moved = root.corners.slice();
        moved[index] = Qt.point(Math.max(0, Math.min(1, x)), Math.max(0, Math.min(1, y)));
        root.dragged = moved;
    }

    title: qsTr("Check the photo")

    // A new photo's corners replace the dragged ones; when the photo is used (or dropped because
    // the vault locked), the page goes back to where the photo was taken or chosen.
    onCheckStatusChanged: {
        if (root.checkStatus === PhotoCheckStatus.Ready)
            root.dragged = null;
        else if (root.checkStatus === PhotoCheckStatus.Idle)
            root.leave(root.fromCamera ? 2 : 1);
    }

    // Back (or the system's back) drops the photo this page was opened for, and only it (a page
    // on its way out must not drop a newer photo).
    Component.onCompleted: root.ownPhoto = String(PhotoCheck.photo)
    Component.onDestruction: {
        if (root.hasPhoto && String(PhotoCheck.photo) === root.ownPhoto)
            PhotoCheck.cancel();
    }

    BodyText {
        visible: !root.hasPhoto
        text: qsTr("There is no photo to check.")
    }
    WorkingNote {
        visible: root.working
        text: PhotoCheck.status === PhotoCheckStatus.Straightening ? qsTr("Making the page straight. This can take a moment.") : qsTr("Checking the photo. This can take a moment.")
    }

    Repeater {
        model: PhotoCheck.flaws

        delegate: Notice {
            required property string message
            required property string icon

            objectName: "flawMessage"
            text: message
            iconName: icon
            Accessible.role: Accessible.AlertMessage
            Accessible.name: message
        }
    }
    StatusMessage {
        objectName: "photoClearMessage"
        good: true
        text: root.ready && PhotoCheck.flaws.count === 0 ? qsTr("The photo looks clear.") : ""
    }
    BodyText {
        objectName: "cornersHint"
        visible: root.ready
        text: PhotoCheck.pageFound ? qsTr("Check the four round marks. Each must be on a corner of the paper. If one is not, drag it there.") : qsTr("Samen could not find the edges of the paper. Drag the four round marks to the corners of the paper.")
    }

    // The photo with its corners. Room around it for the marks, so a mark on the photo's edge
    // is whole and can be dragged.
    Item {
        id: frame

        readonly property real margin: Theme.touchTarget / 2
        readonly property real maxPhotoHeight: Math.max(200, root.availableHeight * 0.62)
        readonly property real photoWidth: Math.min(frame.width - 2 * frame.margin, frame.maxPhotoHeight / root.photoAspect)
        readonly property real photoHeight: frame.photoWidth * root.photoAspect

        visible: root.hasPhoto
        Layout.fillWidth: true
        Layout.preferredHeight: frame.photoHeight + 2 * frame.margin

        Image {
            id: photo

            objectName: "checkedPhoto"
            x: (frame.width - width) / 2
            y: frame.margin
            width: frame.photoWidth
            height: frame.photoHeight
            source: root.hasPhoto ? PhotoCheck.photo : ""
            sourceSize: Qt.size(Math.ceil(frame.photoWidth * 2), Math.ceil(frame.photoHeight * 2))
            cache: false
            fillMode: Image.Stretch
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("The photo")
        }

        // The page's outline: a dark line under a light one, seen on dark and light photos alike.
        Canvas {
            id: outline

            x: photo.x
            y: photo.y
            width: photo.width
            height: photo.height
            readonly property var quad: root.corners

            visible: root.ready
            Accessible.ignored: true
            onQuadChanged: outline.requestPaint()
            onVisibleChanged: outline.requestPaint()
            onPaint: {
                const context = outline.getContext("2d");
                context.reset();
                if (root.corners.length !== 4)
                    return;
                const strokes = [[5, "#1b1b1b"], [2, "#ffffff"]];
                for (const stroke of strokes) {
                    context.lineWidth = stroke[0];
                    context.strokeStyle = stroke[1];
                    context.beginPath();
                    for (let i = 0; i <= 4; ++i) {
                        const point = root.corners[i % 4];
                        if (i === 0)
                            context.moveTo(point.x * outline.width, point.y * outline.height);
                        else
                            context.lineTo(point.x * outline.width, point.y * outline.height);
                    }
                    context.stroke();
                }
            }
        }

        Repeater {
            model: root.ready ? 4 : 0

            delegate: Item {
                id: handle

                required property int index
                readonly property var names: [qsTr("Top left corner of the paper"), qsTr("Top right corner of the paper"), qsTr("Bottom right corner of the paper"), qsTr("Bottom left corner of the paper")]
                readonly property var corner: root.corners[handle.index]

                objectName: "cornerHandle" + handle.index
                width: Theme.touchTarget
                height: Theme.touchTarget
                x: photo.x + handle.corner.x * photo.width - width / 2
                y: photo.y + handle.corner.y * photo.height - height / 2
                // Without dragging: Tab reaches each mark, the arrow keys move it (with Shift, finely).
                activeFocusOnTab: true
                Accessible.role: Accessible.Button
                Accessible.name: handle.names[handle.index]
                Accessible.description: qsTr("The arrow keys move this mark.")
                Keys.onPressed: event => {
                    const step = (event.modifiers & Qt.ShiftModifier) ? 0.002 : 0.01;
                    const dx = event.key === Qt.Key_Left ? -step : event.key === Qt.Key_Right ? step : 0;
                    const dy = event.key === Qt.Key_Up ? -step : event.key === Qt.Key_Down ? step : 0;
                    if (dx === 0 && dy === 0)
                        return;
                    root.moveCorner(handle.index, handle.corner.x + dx, handle.corner.y + dy);
                    event.accepted = true;
                }

                // The mark with the keyboard focus gets a thick frame (its width, not only its colour).
                Rectangle {
                    anchors.fill: parent
                    visible: handle.activeFocus
                    radius: width / 2
                    color: "transparent"
                    border.width: 4
                    border.color: Theme.focus
                }

                // A ring: black outside, white inside, see-through in the middle, so the corner
                // under it stays visible on any photo. Its shape, not its colour, marks it.
                Rectangle {
                    anchors.centerIn: parent
                    width: Theme.touchTarget * 0.62
                    height: width
                    radius: width / 2
                    color: dragArea.pressed ? "#66ffffff" : "transparent"
                    border.width: 3
                    border.color: "#1b1b1b"

                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: 3
                        radius: width / 2
                        color: "transparent"
                        border.width: 3
                        border.color: "#ffffff"
                    }
                    Rectangle {
                        anchors.centerIn: parent
                        width: 6
                        height: 6
                        radius: 3
                        color: "#ffffff"
                        border.width: 1
                        border.color: "#1b1b1b"
                    }
                }

                MouseArea {
                    id: dragArea

                    // Where the finger is from the corner's centre (frame coordinates).
                    property var grab: Qt.point(0, 0)

                    anchors.fill: parent
                    preventStealing: true
                    onPressed: mouse => {
                        const at = dragArea.mapToItem(frame, mouse.x, mouse.y);
                        dragArea.grab = Qt.point(at.x - (handle.x + handle.width / 2), at.y - (handle.y + handle.height / 2));
                    }
                    onPositionChanged: mouse => {
                        const at = dragArea.mapToItem(frame, mouse.x, mouse.y);
                        root.moveCorner(handle.index, (at.x - dragArea.grab.x - photo.x) / photo.width, (at.y - dragArea.grab.y - photo.y) / photo.height);
                    }
                }
            }
        }
    }

    SecondaryButton {
        objectName: "retakeButton"
        visible: root.hasPhoto
        enabled: root.ready
        text: qsTr("Take again")
        onClicked: root.takeAgain()
    }
    PrimaryButton {
        objectName: "usePhotoButton"
        visible: root.hasPhoto
        enabled: root.ready
        text: qsTr("Use this photo")
        onClicked: PhotoCheck.accept(root.corners)
    }
}
