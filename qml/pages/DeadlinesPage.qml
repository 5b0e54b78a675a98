pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import QtQuick.Templates as T
import Samen
import Samen.App

// All deadlines of the family, soonest first; done ones after them, struck through. Add a date from an IND
// letter; put the dates in the phone's calendar after a privacy warning. The deadlines are the
// page's list: with 200 people only the cards on screen exist.
ListPage {
    id: root

    signal openPage(string name)

    property bool includeNotes: false
    // Everything this page reads from the timeline service, in one place.
    readonly property bool hasMembers: TimelineController.hasMembers
    readonly property var deadlines: TimelineController.deadlines
    readonly property string errorText: TimelineController.errorText
    readonly property int deadlineCount: root.hasMembers ? root.listView.count : 0

    // A message belongs to what was just done here, not to an earlier visit.
    StackView.onActivating: TimelineController.clearError()

    // Opens the question before a date of deadline @p deadlineId goes: a letter's date
    // deleted (@p deleting), else a step's date taken back.
    function ask(deadlineId, deleting) {
        question.deadlineId = deadlineId;
        question.deleting = deleting;
        question.open();
    }

    function exportCalendar(url, includeNotes) {
        return TimelineController.exportCalendar(url, includeNotes);
    }

    title: qsTr("Dates and deadlines")
    listName: "deadlineList"
    // Only the cards on screen exist, but a card is made anew rather than reused: a card holds
    // an open date entry, and reused cards of changing height overlapped after the deadlines
    // were read again (Qt 6.4; tst_timelinepages in Dari).
    reuseItems: false
    // A card is a screen's worth of controls: made ahead, a piece a frame, not in the frame it
    // scrolls in (issue 19: no frame over 16 ms of work).
    rowsAhead: root.height
    model: root.hasMembers ? root.deadlines : null

    ColumnLayout {
        visible: !root.hasMembers
        spacing: Theme.spacing
        Layout.fillWidth: true

        IconTile {
            iconName: "deadlines"
            size: Theme.iconTileSize * 1.5
            Layout.alignment: Qt.AlignHCenter
        }
        BodyText {
            text: qsTr("Here you see your important dates, such as the last day to apply. First answer the questions about your family. Then Samen knows your dates and reminds you in time.")
        }
        PrimaryButton {
            objectName: "startQuestionsButton"
            text: qsTr("Start the questions")
            onClicked: root.openPage("eligibility")
        }
    }

    ColumnLayout {
        visible: root.hasMembers
        spacing: Theme.spacing
        Layout.fillWidth: true

        SectionButton {
            objectName: "timelineButton"
            iconName: "eligibility"
            text: qsTr("Steps of the procedure")
            subtitle: qsTr("Enter the dates of each step. Samen counts the deadlines.")
            onClicked: root.openPage("timeline")
        }

        StatusMessage {
            text: root.errorText
        }

        BodyText {
            visible: root.deadlineCount === 0
            text: qsTr("No dates yet. Enter the date on your IND letter in the questions, or the dates of the steps.")
        }
    }

    delegate: DeadlineCard {
        width: root.columnWidth
        x: root.columnX
        onUndoStepAsked: deadlineId => root.ask(deadlineId, false)
        onDeleteAsked: deadlineId => root.ask(deadlineId, true)
    }

    after: ColumnLayout {
        visible: root.hasMembers
        spacing: Theme.spacing
        Layout.fillWidth: true

        PrimaryButton {
            objectName: "addDeadlineButton"
            text: qsTr("Add a date from an IND letter")
            onClicked: root.openPage("adddeadline")
        }
        SecondaryButton {
            objectName: "calendarButton"
            visible: root.deadlineCount > 0
            text: qsTr("Add to my calendar")
            onClicked: privacyDialog.open()
        }
        StatusMessage {
            id: savedMessage

            good: true
        }
    }

    // Taking back a step's date is not one tap: it removes a legal date (for the window: the day
    // the application was sent, for everyone in it). Deleting a letter's date neither.
    ConfirmDialog {
        id: question

        property var deadlineId
        property bool deleting: false

        text: question.deleting ? qsTr("Delete this date? Samen will not remind you of it any more.") : qsTr("This removes the date of this step (for the window: the day you sent the application). The deadline counts again. Are you sure?")
        actionText: question.deleting ? qsTr("Delete the date") : qsTr("Yes, remove the date")
        danger: true
        onAccepted: {
            if (question.deleting)
                TimelineController.removeLetterDeadline(question.deadlineId);
            else
                TimelineController.setDone(question.deadlineId, false);
        }
    }

    Dialog {
        id: privacyDialog

        // Over the window, not inside the scrolled list.
        parent: T.Overlay.overlay
        modal: true
        x: (root.width - width) / 2
        y: Theme.spacing
        width: Math.min(root.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        title: qsTr("Add to my calendar")

        contentItem: ColumnLayout {
            spacing: Theme.spacing

            BodyText {
                objectName: "notLockedWarning"
                text: qsTr("Samen saves a calendar file. This file is not locked: anyone with your phone can read it. It shows only \"Samen: a date to check\", unless you chose more detail in Settings.")
            }
            WrappingCheckBox {
                text: qsTr("Include my notes")
                checked: root.includeNotes
                onToggled: root.includeNotes = checked
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
            }
            PrimaryButton {
                objectName: "saveCalendarFile"
                text: qsTr("Save the file")
                onClicked: {
                    privacyDialog.close();
                    fileDialog.open();
                }
            }
            SecondaryButton {
                objectName: "cancelCalendar"
                text: qsTr("Cancel")
                onClicked: privacyDialog.close()
            }
        }
    }

    FileDialog {
        id: fileDialog

        acceptLabel: qsTr("Save")
        rejectLabel: qsTr("Cancel")

        fileMode: FileDialog.SaveFile
        defaultSuffix: "ics"
        currentFolder: FilePlaces.startFolder()
        currentFile: FilePlaces.suggestedFile("samen.ics")
        nameFilters: [qsTr("Calendar files (*.ics)")]
        onAccepted: {
            if (root.exportCalendar(fileDialog.selectedFile, root.includeNotes))
                savedMessage.text = qsTr("The dates are saved. Open the file with your calendar.");
        }
    }
}
