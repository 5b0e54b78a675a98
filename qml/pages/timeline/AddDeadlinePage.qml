import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// A date from an IND letter ("answer before …"): for whom, a few words only the user sees,
// and the day.
AppPage {
    id: root

    signal openPage(string name)

    property var memberId: 0
    readonly property var choices: {
        const list = [{
                "memberId": 0,
                "name": qsTr("Whole family")
            }];
        for (const member of TimelineController.members)
            list.push(member);
        return list;
    }

    title: qsTr("Add a date from an IND letter")

    BodyText {
        text: qsTr("The IND often asks you to answer before a date. Enter that date here. Samen will remind you.")
    }

    Heading {
        text: qsTr("For whom?")
    }
    Dropdown {
        objectName: "letterMember"
        model: root.choices
        textRole: "name"
        valueRole: "memberId"
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
        Accessible.name: qsTr("For whom?")
        onActivated: root.memberId = currentValue
    }

    Heading {
        text: qsTr("What does the letter ask?")
    }
    // The example above the field, not inside it: a placeholder cannot wrap at a large text size.
    BodyText {
        text: qsTr("For example: send the DNA form")
        color: Theme.textMuted
    }
    TextField {
        id: labelField

        objectName: "letterLabel"
        inputMethodHints: Theme.privateTextHints
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        Accessible.name: qsTr("What does the letter ask?")
    }
    BodyText {
        text: qsTr("Only you see these words. Reminders never show them.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }

    Heading {
        text: qsTr("Answer before")
    }
    StatusMessage {
        text: TimelineController.errorText
    }
    DatePicker {
        preferGregorian: true
        onAccepted: iso => {
            if (TimelineController.addLetterDeadline(root.memberId, labelField.text, iso))
                root.StackView.view.pop();
        }
    }
}
