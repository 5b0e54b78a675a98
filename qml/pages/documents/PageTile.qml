import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One page of a paper in the list: its thumbnail (or a PDF sign), "Page 2", the date it was
// added, and what can be done with it.
Rectangle {
    id: root

    required property int index
    required property real attachmentId
    required property bool isPdf
    required property int page
    required property string created
    required property string thumbnail

    signal view
    signal saveCopy
    signal remove

    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacing

        AbstractButton {
            Layout.preferredWidth: 96
            Layout.preferredHeight: 128
            Layout.alignment: Qt.AlignTop
            Accessible.name: qsTr("Look at page %1").arg(DocumentFiles.number(root.page))
            onClicked: root.view()

            Rectangle {
                anchors.fill: parent
                color: Theme.primarySoft
                radius: Theme.radius / 2
            }
            Image {
                anchors.fill: parent
                visible: !root.isPdf
                source: root.isPdf ? "" : root.thumbnail
                asynchronous: true // decoded off the GUI thread (ThumbnailImageProvider)
                cache: false
                fillMode: Image.PreserveAspectFit
                Accessible.ignored: true
            }
            Label {
                anchors.centerIn: parent
                visible: root.isPdf
                text: "PDF"
                color: Theme.primary
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
        }

        ColumnLayout {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            Heading {
                topPadding: 0
                text: qsTr("Page %1").arg(DocumentFiles.number(root.page))
            }
            BodyText {
                visible: root.created.length > 0
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Added on %1").arg(LanguageController.isolate(root.created))
            }
            SecondaryButton {
                text: qsTr("Look")
                onClicked: root.view()
            }
            SecondaryButton {
                text: qsTr("Save a copy")
                onClicked: root.saveCopy()
            }
            SecondaryButton {
                text: qsTr("Delete")
                onClicked: root.remove()
            }
        }
    }
}
