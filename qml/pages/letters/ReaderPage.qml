pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import Samen
import Samen.App

// "Let Samen read the letter": a photo or a file of an IND letter is read on this phone, and
// the page says which letter it seems to be and which dates it found, with the words they came
// from. Nothing is saved here: the user checks the letter and its dates on the letter's own page.
AppPage {
    id: root

    required property double memberId
    property bool forEveryone: false
    // The letter the user picked where the reader could not tell two apart.
    property string pickedLetterId: ""
    readonly property letterReading reading: LetterReader.reading
    readonly property string letterId: root.reading.letterId.length > 0 ? root.reading.letterId : root.pickedLetterId
    readonly property var mediaDevices: cameraCheck.item
    readonly property bool hasCamera: root.mediaDevices !== null && root.mediaDevices.videoInputs.length > 0

    signal openPage(string name, var properties)

    function openLetter() {
        root.openPage("letter", {
                "memberId": root.memberId,
                "forEveryone": root.forEveryone,
                "letterId": root.letterId,
                "readLetterDate": root.reading.letterDate,
                "readDateInLetter": root.reading.decisionBy.found ? root.reading.decisionBy : root.reading.answerBy
            });
    }

    // The reading stays in memory (until this page goes) so that the letter chosen by hand can
    // keep its photo and text if the user wants.
    function chooseYourself() {
        root.openPage("letters", {
                "memberId": root.memberId,
                "forEveryone": root.forEveryone
            });
    }

    title: qsTr("Let Samen read the letter")
    StackView.onRemoved: LetterReader.clear()

    LetterView {
        id: view

        letterId: root.letterId
    }

    // The camera is looked for on Android only (see DocumentFilesPage.qml).
    Loader {
        id: cameraCheck

        visible: false
        active: Qt.platform.os === "android"
        sourceComponent: MediaDevices {
        }
    }

    FileDialog {
        id: pickFile

        objectName: "letterFileDialog"
        acceptLabel: qsTr("Open")
        rejectLabel: qsTr("Cancel")
        title: qsTr("Choose a photo or a PDF file of the letter")
        nameFilters: [qsTr("Photos and PDF files") + " (*.jpg *.jpeg *.png *.webp *.pdf)"]
        currentFolder: FilePlaces.startFolder()
        onAccepted: {
            root.pickedLetterId = "";
            LetterReader.readFile(pickFile.selectedFile);
        }
    }

    // Before a reading: how, and that it stays on the phone.
    ColumnLayout {
        objectName: "readerStart"
        visible: LetterReader.state === LetterReader.Idle || LetterReader.state === LetterReader.Failed
        spacing: Theme.spacing
        Layout.fillWidth: true

        Notice {
            iconName: "lock"
            speakKey: "reader.private"
            text: qsTr("Samen reads the letter on this phone. Nothing is sent anywhere, and nothing is saved unless you choose to.")
        }
        StatusMessage {
            objectName: "readerError"
            text: LetterReader.state === LetterReader.Failed ? LetterReader.errorText : ""
        }
        SpokenText {
            key: "reader.howTo"
            text: qsTr("Put the letter flat on a table, in good light. The whole first page must be in the photo.")
        }
        PrimaryButton {
            objectName: "readerCamera"
            visible: root.hasCamera
            text: qsTr("Take a photo of the letter")
            onClicked: root.openPage("camera", {
                    "documentId": 0,
                    "purpose": "letter"
                })
        }
        PrimaryButton {
            objectName: "readerFile"
            text: qsTr("Choose a photo or PDF of the letter")
            onClicked: pickFile.open()
        }
        SecondaryButton {
            objectName: "readerChooseYourself"
            text: qsTr("Choose the letter from the list yourself")
            onClicked: root.chooseYourself()
        }
    }

    ColumnLayout {
        objectName: "readerBusy"
        visible: LetterReader.state === LetterReader.Reading
        spacing: Theme.spacing
        Layout.fillWidth: true

        WorkingNote {
            text: qsTr("Samen is reading the letter. This can take up to a minute.")
        }
        SecondaryButton {
            text: qsTr("Stop reading")
            onClicked: LetterReader.clear()
        }
    }

    // Not an IND letter: say so, and offer the list.
    ColumnLayout {
        objectName: "readerNotIndLetter"
        visible: LetterReader.state === LetterReader.Read && !root.reading.looksLikeIndLetter
        spacing: Theme.spacing
        Layout.fillWidth: true

        StatusMessage {
            text: qsTr("This does not look like an IND letter.")
        }
        SpokenText {
            key: "reader.notALetter"
            text: qsTr("Maybe the photo is not sharp, or this is another kind of letter. You can try another photo, or choose the letter from the list by the Dutch words at its top.")
        }
        PrimaryButton {
            text: qsTr("Choose the letter from the list yourself")
            onClicked: root.chooseYourself()
        }
        SecondaryButton {
            text: qsTr("Try another photo or file")
            onClicked: LetterReader.clear()
        }
    }

    ColumnLayout {
        objectName: "readerResult"
        visible: LetterReader.state === LetterReader.Read && root.reading.looksLikeIndLetter
        spacing: Theme.spacing
        Layout.fillWidth: true

        Notice {
            objectName: "readerSureness"
            speakKey: "reader.sureness"
            iconName: root.reading.sure ? "info" : "warning"
            text: root.reading.sure ? qsTr("Samen read the letter. Check what it found against the paper before you continue.") : qsTr("Samen is not sure about this letter. Check everything below against the paper.")
        }
        Repeater {
            model: root.reading.doubts

            delegate: BodyText {
                required property string modelData

                objectName: "readerDoubt"
                text: "• " + modelData
            }
        }

        Heading {
            visible: root.letterId.length > 0
            text: qsTr("Which letter it seems to be")
        }
        LetterChoice {
            objectName: "readerLetter"
            visible: root.letterId.length > 0
            headline: view.letter.headline
            title: view.letter.title
            onClicked: root.openLetter()
        }

        Heading {
            visible: root.reading.letterId.length === 0 && root.reading.candidates.length > 0
            text: qsTr("Which of these is it?")
        }
        BodyText {
            visible: root.reading.letterId.length === 0 && root.reading.candidates.length > 0
            text: qsTr("Samen could not tell these letters apart. Look for these Dutch words in the letter and choose.")
        }
        Repeater {
            model: root.reading.letterId.length === 0 ? root.reading.candidates : []

            delegate: ReaderCandidate {
                objectName: "readerCandidate_" + modelData
                selected: root.pickedLetterId === modelData
                onClicked: root.pickedLetterId = modelData
            }
        }

        ReaderFoundDate {
            objectName: "readerLetterDate"
            label: qsTr("Date of the letter")
            date: root.reading.letterDate
            missing: qsTr("Samen did not find the date of the letter. You can enter it on the next page.")
        }
        ReaderFoundDate {
            objectName: "readerAnswerBy"
            visible: !root.reading.decisionBy.found
            label: qsTr("Answer before")
            date: root.reading.answerBy
            mustBeAhead: true
            missing: view.letter.asksAnswerBy ? qsTr("Samen did not find a day to answer by. Look in the letter for words like \"binnen\" and a date.") : ""
        }
        ReaderFoundDate {
            objectName: "readerDecisionBy"
            visible: root.reading.decisionBy.found
            label: qsTr("The IND decides before")
            date: root.reading.decisionBy
            missing: ""
        }
        BodyText {
            objectName: "readerVNumber"
            visible: root.reading.vNumber.length > 0
            text: qsTr("V-number: %1").arg(LanguageController.isolate(root.reading.vNumber))
        }

        PrimaryButton {
            objectName: "readerContinue"
            enabled: root.letterId.length > 0
            text: qsTr("Continue: check the dates and save")
            onClicked: root.openLetter()
        }
        SecondaryButton {
            objectName: "readerOtherLetter"
            text: qsTr("It is another letter: choose from the list")
            onClicked: root.chooseYourself()
        }
        SecondaryButton {
            text: qsTr("Read another photo or file")
            onClicked: LetterReader.clear()
        }
    }
}
