import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One deadline: what, for whom, the countdown in words with its number, the day in Gregorian
// and in the user's second calendar, and what the user can do with it. A deadline marked done
// stays in view, struck through, with Undo. One that a step ends (the window: the application)
// asks for that step's date instead of a tick. The IND's own time limit has no countdown.
Control {
    id: root

    required property var deadlineId
    required property string title
    required property string explanation
    required property string who
    required property string dateText
    required property string otherDateText
    required property string countdown
    required property int daysLeft
    required property bool done
    required property bool isLetter
    required property bool snoozed
    required property bool fromReceiptLetter
    required property bool endsWithStep
    required property bool forTheInd
    required property string ruleId // names the card for tests; meaning comes from kind
    required property int kind
    required property bool endsWithApplication
    // Ended by the answer "the application is sent" in the questions: no Undo here.
    required property bool sentByAnswer

    readonly property bool urgent: !root.done && !root.forTheInd && root.daysLeft <= 7
    readonly property string countdownShown: root.done ? qsTr("Done") : (root.forTheInd ? qsTr("The IND must decide by this day. You do not need to do anything for it.") : root.countdown)
    readonly property string dayShown: root.kind === DeadlineKind.EarliestDay ? qsTr("You may apply from: %1").arg(LanguageController.isolate(root.dateText)) : qsTr("Last day: %1").arg(LanguageController.isolate(root.dateText))
    property bool askingDate: false

    // Taking back a step's date (for the window: the day the application was sent, for everyone
    // in it) or deleting a date from a letter is not one tap: the page asks first, in one dialog
    // for all cards (a card does not make two dialogs of its own).
    signal undoStepAsked(var deadlineId)
    signal deleteAsked(var deadlineId)

    padding: Theme.spacing
    Layout.fillWidth: true

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: root.urgent ? Theme.warning : Theme.border
        border.width: root.urgent ? 2 : 1
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            Image {
                source: root.done ? "qrc:/icons/check.svg" : (root.urgent ? "qrc:/icons/warning.svg" : "qrc:/icons/deadlines.svg")
                sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                Layout.alignment: Qt.AlignTop
                Accessible.ignored: true
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true

                Label {
                    objectName: "deadlineTitle"
                    text: root.title
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    font.strikeout: root.done
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                BodyText {
                    text: root.who
                    color: Theme.textMuted
                }
            }
            // What, how long, the day and the explanation (a tap reads the date and names).
            SpeakerButton {
                text: root.title + "\n" + root.countdownShown + "\n" + root.dayShown + (root.explanation.length > 0 ? "\n" + root.explanation : "")
                key: "deadline." + root.deadlineId
                Layout.alignment: Qt.AlignTop
            }
        }

        Label {
            objectName: "countdown"
            text: root.countdownShown
            font.pixelSize: root.forTheInd && !root.done ? Theme.fontBody : Theme.fontTitle
            font.bold: !root.forTheInd || root.done
            color: root.urgent ? Theme.warning : Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        BodyText {
            text: root.dayShown
            font.strikeout: root.done
        }
        BodyText {
            visible: root.otherDateText.length > 0
            text: root.otherDateText
            color: Theme.textMuted
            font.strikeout: root.done
        }
        BodyText {
            visible: root.fromReceiptLetter
            text: qsTr("This date is from your IND letter.")
            color: Theme.textMuted
        }
        BodyText {
            text: root.explanation
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        BodyText {
            visible: root.snoozed && !root.done
            text: qsTr("Reminders are paused for now.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }

        SecondaryButton {
            objectName: "doneButton"
            visible: !root.done && !root.endsWithStep
            text: qsTr("I did this")
            onClicked: TimelineController.setDone(root.deadlineId, true)
        }
        SecondaryButton {
            objectName: "enterStepDateButton"
            visible: !root.done && root.endsWithStep && !root.askingDate
            text: root.endsWithApplication ? qsTr("I sent the application: enter the date") : qsTr("This happened: enter the date")
            onClicked: root.askingDate = true
        }
        // Made only while a date is entered: a page of 50 cards does not build 50 pickers.
        Loader {
            objectName: "stepDateEntry"
            active: root.askingDate
            visible: active
            source: Qt.resolvedUrl("StepDateEntry.qml")
            Layout.fillWidth: true
            onLoaded: {
                item.deadlineId = root.deadlineId;
                item.finished.connect(() => root.askingDate = false);
            }
        }
        BodyText {
            objectName: "sentByAnswerNote"
            visible: root.done && root.sentByAnswer
            text: qsTr("You said in the questions about your family that the application is sent. To change this, change that answer.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        SecondaryButton {
            objectName: "undoDoneButton"
            visible: root.done && !root.sentByAnswer
            text: root.endsWithStep ? qsTr("Undo: not done yet (removes the date of this step)") : qsTr("Undo: not done yet")
            onClicked: {
                if (root.endsWithStep)
                    root.undoStepAsked(root.deadlineId);
                else
                    TimelineController.setDone(root.deadlineId, false);
            }
        }
        SecondaryButton {
            visible: !root.done && root.daysLeft > 0
            text: qsTr("Remind me tomorrow")
            onClicked: TimelineController.snooze(root.deadlineId, 1)
        }
        SecondaryButton {
            visible: !root.done && root.daysLeft > 7
            text: qsTr("Remind me in a week")
            onClicked: TimelineController.snooze(root.deadlineId, 7)
        }
        SecondaryButton {
            objectName: "deleteLetterDateButton"
            visible: root.isLetter
            danger: true
            text: qsTr("Delete this date")
            onClicked: root.deleteAsked(root.deadlineId)
        }
    }
}
