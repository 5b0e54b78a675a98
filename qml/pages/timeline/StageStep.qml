import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One step of the timeline: a mark on the line that says in a picture and in words whether the
// step has a date, its name, the date in the user's calendar and in Gregorian, and what its date
// starts.
RowLayout {
    id: root

    required property string stageId
    required property string name
    required property string explanation
    required property string opens
    required property string dateIso
    required property string dateText
    required property string otherDateText
    required property bool hasDate
    required property bool mayBeFuture
    property bool last: false

    signal editRequested(string stageId, string name, string dateIso, bool mayBeFuture)

    spacing: Theme.spacing
    Layout.fillWidth: true

    Item {
        Layout.preferredWidth: Theme.iconSize
        Layout.fillHeight: true

        Rectangle {
            x: (parent.width - width) / 2
            width: 3
            height: parent.height + Theme.spacing
            color: Theme.border
            visible: !root.last
        }
        Image {
            source: root.hasDate ? "qrc:/icons/check.svg" : "qrc:/icons/expand.svg"
            sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
            Accessible.ignored: true
        }
    }

    ColumnLayout {
        spacing: Theme.spacingSmall
        Layout.fillWidth: true

        Label {
            text: root.name
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        BodyText {
            text: root.hasDate ? root.dateText : qsTr("No date yet")
            font.bold: root.hasDate
        }
        BodyText {
            visible: root.otherDateText.length > 0
            text: root.otherDateText
            color: Theme.textMuted
        }
        BodyText {
            text: root.explanation
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        BodyText {
            visible: root.opens.length > 0
            text: root.opens
            font.pixelSize: Theme.fontSmall
        }
        SecondaryButton {
            text: root.hasDate ? qsTr("Change the date") : qsTr("Enter the date")
            onClicked: root.editRequested(root.stageId, root.name, root.dateIso, root.mayBeFuture)
        }
    }
}
