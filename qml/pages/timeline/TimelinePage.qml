pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The procedure for one family member: the phase they are in (what happens, what to do now,
// what the family abroad does, the dates of this phase, support offered for it), then their
// steps as a vertical timeline, each with its date (or none yet) and the deadlines its date
// starts. Entering a date shows one editor in place of the list.
AppPage {
    id: root

    // The member whose steps are shown; the "For whom?" buttons change it.
    required property double memberId

    signal openPage(string name, var properties)

    // "" while the list is shown; a stage id, or "receiptLetter", while a date is entered.
    property string editing: ""
    property string editingName: ""
    property string editingDate: ""
    property bool forEveryone: false

    function edit(stageId, name, dateIso) {
        root.forEveryone = false;
        root.editingName = name;
        root.editingDate = dateIso;
        root.editing = stageId;
        picker.reset();
    }

    function accept(isoDate) {
        let ok = false;
        if (root.editing === "receiptLetter")
            ok = TimelineController.setReceiptLetterDate(root.memberId, isoDate);
        else if (root.forEveryone)
            ok = TimelineController.setStageDateForAll(root.editing, isoDate);
        else
            ok = TimelineController.setStageDate(root.memberId, root.editing, isoDate);
        if (ok)
            root.editing = "";
    }

    title: qsTr("Steps of the procedure")

    StagesView {
        id: view

        memberId: root.memberId
    }

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

    StatusMessage {
        objectName: "timelineError"
        text: TimelineController.errorText
    }

    ColumnLayout {
        objectName: "stageEditor"
        visible: TimelineController.hasMembers && root.editing !== ""
        spacing: Theme.spacing
        Layout.fillWidth: true

        Heading {
            text: root.editing === "receiptLetter" ? qsTr("Date in the IND letter") : root.editingName
        }
        BodyText {
            text: view.memberName
            color: Theme.textMuted
        }
        WrappingCheckBox {
            visible: root.editing !== "receiptLetter" && TimelineController.members.length > 1
            text: qsTr("Same date for everyone in this application")
            checked: root.forEveryone
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            onToggled: root.forEveryone = checked
        }
        DatePicker {
            id: picker

            isoDate: root.editingDate
            preferGregorian: true
            onAccepted: iso => root.accept(iso)
        }
        SecondaryButton {
            visible: root.editing !== "receiptLetter" && root.editingDate.length > 0
            text: qsTr("Remove this date")
            onClicked: {
                if (TimelineController.clearStage(root.memberId, root.editing))
                    root.editing = "";
            }
        }
        SecondaryButton {
            text: qsTr("Cancel")
            onClicked: root.editing = ""
        }
    }

    ColumnLayout {
        visible: TimelineController.hasMembers && root.editing === ""
        spacing: Theme.spacing
        Layout.fillWidth: true

        Heading {
            text: qsTr("For whom?")
        }
        Repeater {
            model: TimelineController.members

            delegate: AnswerButton {
                id: memberButton

                required property var modelData

                objectName: "stepsMember_" + memberButton.modelData.memberId
                text: memberButton.modelData.name
                selected: memberButton.modelData.memberId === root.memberId
                onClicked: root.memberId = memberButton.modelData.memberId
            }
        }

        PhaseCard {
            objectName: "phaseCard"
            visible: view.exists
            phase: view.phase
            support: view.support
        }

        SecondaryButton {
            objectName: "letterCameButton"
            visible: view.exists
            text: qsTr("A letter from the IND came")
            onClicked: root.openPage("letters", {
                "memberId": root.memberId
            })
        }

        Heading {
            visible: view.exists
            text: qsTr("All steps")
        }

        Repeater {
            id: stageRepeater

            model: view.stages

            delegate: StageStep {
            }
            onItemAdded: (index, item) => {
                item.last = Qt.binding(() => index === stageRepeater.count - 1);
                item.editRequested.connect(root.edit);
            }
        }

        // The IND's receipt letter names its own last day for the decision.
        ColumnLayout {
            visible: view.canUseReceiptLetter
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            Heading {
                text: qsTr("Date in the IND letter")
            }
            BodyText {
                text: view.receiptLetterDate.length > 0 ? qsTr("The IND decides before the date in its letter.") : qsTr("Did the IND send a letter that says before which day it decides? Enter that day.")
            }
            SecondaryButton {
                text: view.receiptLetterDate.length > 0 ? qsTr("Change the date") : qsTr("Enter the date")
                onClicked: root.edit("receiptLetter", "", view.receiptLetterDate)
            }
            SecondaryButton {
                visible: view.receiptLetterDate.length > 0
                text: qsTr("Use 90 days again")
                onClicked: TimelineController.clearReceiptLetterDate(root.memberId)
            }
        }
    }
}
