pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The procedure for one family member: the phase they are in (what happens, what to do now,
// what the family abroad does, the dates of this phase, support offered for it), then their
// steps as a vertical timeline, each with its date (or none yet) and the deadlines its date
// starts. Entering a date shows one editor in place of the list. The members to choose, the
// phase and the steps are the rows of one list: with 200 people only the rows on screen exist.
ListPage {
    id: root

    // The member whose steps are shown; the "For whom?" buttons change it.
    required property double memberId

    signal openPage(string name, var properties)

    // "" while the list is shown; a stage id, or "receiptLetter", while a date is entered.
    property string editing: ""
    property string editingName: ""
    property string editingDate: ""
    readonly property bool listShown: TimelineController.hasMembers && root.editing === ""

    // A message belongs to what was just done here, not to an earlier visit.
    StackView.onActivating: TimelineController.clearError()

    function edit(stageId, name, dateIso) {
        root.editing = ""; // a new date entry for this step
        root.editingName = name;
        root.editingDate = dateIso;
        root.editing = stageId;
        // The editor is at the top, above where the row was.
        root.listView.positionViewAtBeginning();
    }

    function accept(isoDate, forEveryone) {
        let ok = false;
        if (root.editing === "receiptLetter")
            ok = TimelineController.setReceiptLetterDate(root.memberId, isoDate);
        else if (forEveryone)
            ok = TimelineController.setStageDateForAll(root.editing, isoDate);
        else
            ok = TimelineController.setStageDate(root.memberId, root.editing, isoDate);
        if (ok)
            root.editing = "";
    }

    function removeDate() {
        if (TimelineController.clearStage(root.memberId, root.editing))
            root.editing = "";
    }

    title: qsTr("Steps of the procedure")
    listName: "stepList"
    // Rows of three kinds: a row is made anew for the row it shows, not reused.
    reuseItems: false
    model: root.listShown ? view.rows : null

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

    // The date entry, made only while a date is entered (StageEditor).
    Loader {
        active: TimelineController.hasMembers && root.editing !== ""
        visible: active
        source: Qt.resolvedUrl("StageEditor.qml")
        Layout.fillWidth: true
        onLoaded: {
            const editor = item as StageEditor;
            editor.stageId = root.editing;
            editor.stageName = root.editingName;
            editor.dateIso = root.editingDate;
            editor.memberName = Qt.binding(() => view.memberName);
            editor.canChooseEveryone = Qt.binding(() => TimelineController.members.length > 1);
            editor.dateAccepted.connect(root.accept);
            editor.removeRequested.connect(root.removeDate);
            editor.cancelled.connect(() => root.editing = "");
        }
    }

    Heading {
        visible: root.listShown
        text: qsTr("For whom?")
    }

    delegate: StepRow {
        width: root.columnWidth
        x: root.columnX
        chosenId: root.memberId
        phase: view.phase
        support: view.support
        onMemberChosen: memberId => root.memberId = memberId
        onLetterCame: root.openPage("letters", {
            "memberId": root.memberId
        })
        onEditRequested: (stageId, name, dateIso) => root.edit(stageId, name, dateIso)
    }

    // The IND's receipt letter names its own last day for the decision.
    after: ColumnLayout {
        visible: root.listShown && view.canUseReceiptLetter
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
