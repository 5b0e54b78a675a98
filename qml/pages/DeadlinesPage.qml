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

    function exportCalendar(url, includeNotes) {
        return TimelineController.exportCalendar(url, includeNotes);
    }

    title: qsTr("Dates and deadlines")
    listName: "deadlineList"
    // Only the cards on screen exist, but a card is made anew rather than reused: a card holds
    // an open date entry, and reused cards of changing height overlapped after the deadlines
    // were read again (Qt 6.4; tst_timelinepages in Dari).
    reuseItems: false
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
