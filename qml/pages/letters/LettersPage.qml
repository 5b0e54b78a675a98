pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// "A letter from the IND came": for whom, then which letter, picked by the Dutch words printed
// at its top. The chosen letter opens on its own page. The members to choose are the page's
// list: with 200 people only the buttons on screen exist.
ListPage {
    id: root

    required property double memberId
    property bool forEveryone: false
    readonly property bool choosesMember: TimelineController.members.length > 1

    signal openPage(string name, var properties)

    title: qsTr("A letter from the IND came")
    listName: "letterMemberList"
    // A button is made anew for the member it shows, not reused.
    reuseItems: false
    model: root.choosesMember ? TimelineController.members : null

    ColumnLayout {
        visible: !TimelineController.hasMembers
        spacing: Theme.spacing
        Layout.fillWidth: true

        BodyText {
            text: qsTr("First answer the questions about your family. Then you can follow each step here.")
        }
        PrimaryButton {
            text: qsTr("Start the questions")
            onClicked: root.openPage("eligibility", {})
        }
    }

    Heading {
        visible: root.choosesMember
        text: qsTr("For whom is the letter?")
    }

    delegate: AnswerButton {
        id: memberButton

        required property var modelData

        objectName: "letterMember_" + memberButton.modelData.memberId
        width: root.columnWidth
        x: root.columnX
        text: memberButton.modelData.name
        selected: !root.forEveryone && memberButton.modelData.memberId === root.memberId
        onClicked: {
            root.forEveryone = false;
            root.memberId = memberButton.modelData.memberId;
        }
    }

    after: ColumnLayout {
        visible: TimelineController.hasMembers
        spacing: Theme.spacing
        Layout.fillWidth: true

        WrappingCheckBox {
            objectName: "letterForEveryone"
            visible: root.choosesMember
            text: qsTr("The letter is about everyone in this application")
            checked: root.forEveryone
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            onToggled: root.forEveryone = checked
        }

        Heading {
            text: qsTr("Let Samen read it")
        }
        BodyText {
            text: qsTr("Take a photo of the letter or choose its file. Samen reads it on this phone and tells you which letter it is and by when you must act.")
        }
        PrimaryButton {
            objectName: "readLetterButton"
            text: qsTr("Let Samen read the letter")
            onClicked: root.openPage("reader", {
                "memberId": root.memberId,
                "forEveryone": root.forEveryone
            })
        }

        Heading {
            text: qsTr("Which letter is it?")
        }
        BodyText {
            text: qsTr("Look at the Dutch words at the top of the letter. Choose the same words below.")
        }
        Repeater {
            model: TimelineController.letters

            delegate: LetterChoice {
                id: choice

                required property string letterId

                objectName: "letter_" + choice.letterId
                onClicked: root.openPage("letter", {
                    "memberId": root.memberId,
                    "forEveryone": root.forEveryone,
                    "letterId": choice.letterId
                })
            }
        }
        BodyText {
            text: qsTr("Not in the list? Add the date the letter asks you to answer by.")
            color: Theme.textMuted
        }
        SecondaryButton {
            objectName: "otherLetterButton"
            text: qsTr("Add a date from an IND letter")
            onClicked: root.openPage("adddeadline", {})
        }
    }
}
