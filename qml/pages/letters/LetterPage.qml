import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One IND letter: what it is, what to do and any warning, in the user's language; then the
// dates the letter holds, one at a time (its own date, the day to answer by, or the day the IND
// decides by). Saving turns them into the step and the deadline, with reminders.
AppPage {
    id: root

    required property double memberId
    required property bool forEveryone
    required property string letterId
    // Dates the letter reader found (ReaderPage): shown in the pickers, to be checked and confirmed.
    property foundDate readLetterDate
    property foundDate readDateInLetter
    readonly property letterRow letter: view.letter
    // "read", "letterDate", "dateInLetter" or "saved".
    property string step: "read"
    property string letterDate: ""
    readonly property bool asksDateInLetter: root.letter.asksAnswerBy || root.letter.asksDecisionBy
    // The letter kept from the reading on this page (KeptLetters); 0 while not kept.
    property double keptId: 0

    signal openPage(string name, var properties)

    function save(dateInLetter) {
        if (TimelineController.recordLetter(root.memberId, root.forEveryone, root.letterId, root.letterDate, dateInLetter))
            root.step = "saved";
    }

    // The user's choice on "Keep the photo and text of this letter": stored or deleted at once.
    function keepLetter(keep) {
        if (keep && root.keptId === 0)
            root.keptId = KeptLetters.keep(root.memberId, root.forEveryone, root.letterId, root.letterDate);
        else if (!keep && root.keptId !== 0 && KeptLetters.remove(root.keptId))
            root.keptId = 0;
        keepSwitch.checked = root.keptId !== 0;
    }

    function next() {
        if (root.letter.asksLetterDate)
            root.step = "letterDate";
        else
            root.step = "dateInLetter";
    }

    function letterDateTaken(iso) {
        root.letterDate = iso;
        if (root.asksDateInLetter)
            root.step = "dateInLetter";
        else
            root.save("");
    }

    title: root.letter.title

    LetterView {
        id: view

        letterId: root.letterId
    }
    // The member's phase after the letter: its open dates are what the letter started.
    StagesView {
        id: stages

        memberId: root.memberId
    }
    KeptLettersView {
        id: kept

        memberId: root.forEveryone ? 0 : root.memberId
        letterId: root.letterId
    }

    Label {
        objectName: "letterHeadline"
        text: root.letter.headline
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        LayoutMirroring.enabled: false
        horizontalAlignment: LanguageController.rightToLeft ? Text.AlignRight : Text.AlignLeft
        Layout.fillWidth: true
    }

    ColumnLayout {
        visible: root.step === "read"
        spacing: Theme.spacing
        Layout.fillWidth: true

        SpokenText {
            text: root.letter.what
            key: "letter." + root.letterId + ".what"
            textItem.objectName: "letterWhat"
        }
        Heading {
            text: qsTr("What to do")
        }
        SpokenText {
            text: root.letter.todo
            key: "letter." + root.letterId + ".todo"
            textItem.objectName: "letterTodo"
        }
        Notice {
            objectName: "letterWarning"
            visible: root.letter.warning.length > 0
            iconName: "warning"
            text: root.letter.warning
            speakKey: "letter." + root.letterId + ".warning"
        }
        BodyText {
            visible: root.letter.opens.length > 0
            text: qsTr("Its date starts: %1").arg(LanguageController.isolate(root.letter.opens))
        }
        PrimaryButton {
            objectName: "letterDatesButton"
            text: qsTr("Enter the dates of this letter")
            onClicked: root.next()
        }
        Repeater {
            model: kept.letters

            delegate: KeptLetterCard {}
        }
    }

    StatusMessage {
        objectName: "letterError"
        visible: text.length > 0 && root.step !== "read" && root.step !== "saved"
        text: TimelineController.errorText
    }

    ColumnLayout {
        objectName: "letterDateStep"
        visible: root.step === "letterDate"
        spacing: Theme.spacing
        Layout.fillWidth: true

        Heading {
            text: qsTr("Date of the letter")
        }
        BodyText {
            text: qsTr("The date at the top of the letter, next to the word \"Datum\".")
        }
        ReadDateCheck {
            date: root.readLetterDate
        }
        DatePicker {
            objectName: "letterDatePicker"
            isoDate: root.letterDate.length > 0 ? root.letterDate : root.readLetterDate.iso
            preferGregorian: true
            latestIsoDate: TimelineController.today
            onAccepted: iso => root.letterDateTaken(iso)
        }
    }

    ColumnLayout {
        objectName: "dateInLetterStep"
        visible: root.step === "dateInLetter"
        spacing: Theme.spacing
        Layout.fillWidth: true

        Heading {
            text: root.letter.asksDecisionBy ? qsTr("The IND decides before") : qsTr("Answer before")
        }
        BodyText {
            text: root.letter.asksDecisionBy ? qsTr("The letter says before which day the IND decides. Enter that day.") : qsTr("The letter says before which day the IND wants your answer. Enter that day.")
        }
        ReadDateCheck {
            date: root.readDateInLetter
        }
        DatePicker {
            objectName: "dateInLetterPicker"
            isoDate: root.readDateInLetter.iso
            preferGregorian: true
            onAccepted: iso => root.save(iso)
        }
    }

    ColumnLayout {
        objectName: "letterSaved"
        visible: root.step === "saved"
        spacing: Theme.spacing
        Layout.fillWidth: true

        Notice {
            iconName: "check"
            text: root.letter.asksAnswerBy ? qsTr("Saved. Samen reminds you before the date.") : qsTr("Saved.")
        }
        ColumnLayout {
            objectName: "keepOffer"
            visible: LetterReader.canKeep || root.keptId !== 0
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            SettingSwitch {
                id: keepSwitch

                objectName: "keepLetterSwitch"
                text: qsTr("Keep the photo and text of this letter")
                checked: false
                onToggled: root.keepLetter(keepSwitch.checked)
            }
            BodyText {
                text: qsTr("Off unless you turn it on. Samen then keeps the photo and the text it read only on this phone, locked with your PIN, and shows them on this letter's page. You can delete them there.")
                color: Theme.textMuted
            }
        }
        BodyText {
            visible: root.step === "saved" && stages.phase.dates.length > 0
            text: qsTr("Dates to keep:")
            font.bold: true
        }
        Repeater {
            model: root.step === "saved" ? stages.phase.dates : []

            delegate: BodyText {
                required property string modelData

                objectName: "savedDate"
                text: modelData
            }
        }
        PrimaryButton {
            objectName: "letterSeeSteps"
            text: qsTr("See the steps")
            onClicked: root.openPage("timeline", {
                "memberId": root.memberId
            })
        }
        SecondaryButton {
            text: qsTr("See all dates")
            onClicked: root.openPage("deadlines", {})
        }
    }
}
