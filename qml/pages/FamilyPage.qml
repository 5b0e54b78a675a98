pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The family: every member with their name in their own script and in Latin letters, the
// relation, the verdict (icon and words) and how many documents are ready. A list: with 200
// people only the cards on screen exist.
ListPage {
    id: root

    signal openPage(string name, var properties)

    // Every family member needs a verdict, so members are added through the eligibility questions.
    function addMember() {
        InterviewController.start();
        root.openPage(InterviewController.started ? "interview" : "eligibility", {});
    }

    title: qsTr("Family and papers")
    listName: "familyList"
    model: FamilyController.members

    // Made only while the family is empty (it is a whole column of items). A file, not an
    // inline component: this page's components are bound to it.
    Loader {
        active: root.listView.count === 0
        visible: active
        source: "../components/FamilyEmptyState.qml"
        Layout.fillWidth: true
        onLoaded: (item as FamilyEmptyState).addMember.connect(root.addMember)
    }

    BodyText {
        visible: root.listView.count > 0
        text: qsTr("Tap a person to see which papers they need.")
    }

    delegate: AbstractButton {
        id: card

        required property var memberId
        required property string title
        required property string latinName
        required property string relationLabel
        required property string relationIcon
        required property int outcome
        required property string verdict
        required property string verdictIcon
        required property string progressText
        required property string ageWarning

        objectName: "member_" + memberId
        width: root.columnWidth
        x: root.columnX
        // A card in the list's pool of unused rows is no row: hidden from the tree, tests and
        // TalkBack until it shows a row again.
        ListView.onPooled: card.visible = false
        ListView.onReused: card.visible = true
        padding: Theme.spacing
        Accessible.role: Accessible.Button
        Accessible.name: card.title + ", " + card.relationLabel + ": " + card.verdict + ", " + card.progressText + (card.ageWarning.length > 0 ? ". " + card.ageWarning : "")
        onClicked: root.openPage("member", {
                "memberId": card.memberId
            })

        background: Rectangle {
            implicitHeight: Theme.touchTarget
            radius: Theme.radius
            color: card.down ? Theme.primarySoft : Theme.surface
            border.color: card.visualFocus ? Theme.focus : Theme.border
            border.width: card.visualFocus ? 3 : 1
        }

        contentItem: RowLayout {
            spacing: Theme.spacing

            IconTile {
                iconName: card.relationIcon
                Layout.alignment: Qt.AlignTop
            }

            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true

                Label {
                    text: card.title
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                LatinName {
                    visible: card.latinName.length > 0 && card.latinName !== card.title
                    text: card.latinName
                }
                Label {
                    text: card.relationLabel
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                VerdictLine {
                    outcome: card.outcome
                    verdict: card.verdict
                    verdictIcon: card.verdictIcon
                }
                RowLayout {
                    objectName: "ageWarning"
                    visible: card.ageWarning.length > 0
                    spacing: Theme.spacingSmall
                    Layout.fillWidth: true

                    Image {
                        source: "qrc:/icons/warning.svg"
                        sourceSize: Qt.size(Theme.iconSize * 0.75, Theme.iconSize * 0.75)
                        Layout.alignment: Qt.AlignTop
                        Accessible.ignored: true
                    }
                    Label {
                        text: card.ageWarning
                        color: Theme.warning
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                }
                Label {
                    text: card.progressText
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
            }

            Image {
                source: "qrc:/icons/chevron.svg"
                sourceSize: Qt.size(Theme.iconSize * 0.75, Theme.iconSize * 0.75)
                mirror: LanguageController.rightToLeft
                Accessible.ignored: true
            }
        }
    }

    after: [
        SecondaryButton {
            objectName: "addMemberButton"
            visible: root.listView.count > 0
            text: qsTr("Add a family member")
            onClicked: root.addMember()
        },
        // Below 200 people it need not exist before the user scrolls near it.
        Loader {
            active: root.nearEnd && FamilyController.available
            visible: active
            Layout.fillWidth: true

            source: "family/OwnNameCard.qml"
        }
    ]
}
