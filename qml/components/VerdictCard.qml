import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// The verdict for one family member: colour, icon and words together, the reason, what to do
// next, and the rule's source on request.
Control {
    id: root

    required property string label
    required property string relationIcon
    required property int outcome
    required property string verdict
    required property string verdictIcon
    required property string reason
    required property string nextStep
    required property string earliest
    required property string source
    required property string memberId
    // The person as shown: their label, or the page's label with their name.
    property string title: root.label

    readonly property color outcomeColor: Theme.outcomeColor(root.outcome, Theme.text)

    padding: Theme.spacing
    Layout.fillWidth: true
    Accessible.role: Accessible.Grouping
    Accessible.name: root.title + ": " + root.verdict

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: root.outcomeColor
        border.width: 3
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            IconTile {
                iconName: root.relationIcon
            }
            Heading {
                text: root.title
            }
        }

        RowLayout {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            Image {
                source: "qrc:/icons/" + root.verdictIcon + ".svg"
                sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                Accessible.ignored: true
            }
            Label {
                objectName: "verdict"
                text: root.verdict
                color: root.outcomeColor
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            // The verdict with its reason, the date and the next step: what the card says.
            SpeakerButton {
                text: root.verdict + "\n" + root.reason + (root.earliest.length > 0 ? "\n" + root.earliest : "") + "\n" + root.nextStep
                key: "verdict." + root.memberId
                Layout.alignment: Qt.AlignTop
            }
        }

        BodyText {
            text: root.reason
        }
        BodyText {
            visible: root.earliest.length > 0
            text: root.earliest
            font.bold: true
        }
        BodyText {
            text: root.nextStep
        }

        WhyBox {
            visible: root.source.length > 0
            title: qsTr("Where does this rule come from?")
            text: root.source
        }
    }
}
