pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One question per screen, then "who do you want to bring?". Every question has big answer
// buttons, "I don't know" and "why do we ask this?"; going back keeps every answer.
AppPage {
    id: root

    signal openPage(string name)

    readonly property string questionId: InterviewController.question.id
    // The same question about another person is another question (for reading aloud).
    readonly property string askedAbout: root.questionId + "\n" + InterviewController.question.memberLabel
    readonly property var letterDates: ["application.date", "sponsor.decisionDate", "sponsor.asylumApplicationDate"]

    // A new question starts at the top of the page, not where the last answer was tapped.
    function scrollToTop() {
        for (let item = questionView.parent; item; item = item.parent) {
            if (item instanceof Flickable) {
                item.contentY = 0;
                return;
            }
        }
    }

    // A date question is answered by the day chosen in the picker; Next takes it.
    readonly property bool dateQuestion: InterviewController.question.kind === QuestionKind.Date
    readonly property bool dateEmpty: datePicker.input.day === 0 && datePicker.input.month === 0 && datePicker.input.year === 0
    readonly property bool canGoOn: root.dateQuestion ? datePicker.input.valid || (root.dateEmpty && InterviewController.question.answerUnknown) : InterviewController.question.answer !== undefined || InterviewController.question.answerUnknown

    function goOn() {
        if (root.dateQuestion && datePicker.input.valid && datePicker.input.isoDate !== InterviewController.question.answer)
            InterviewController.answer(datePicker.input.isoDate);
        else
            InterviewController.next();
    }

    // How a person is called on this page: "Child 2", with the name the user gave them if any
    // (two children are told apart by name, not only by number).
    function personLabel(interviewId, label) {
        return FamilyController.labelWithName(interviewId, label);
    }

    function askToRemove(memberId) {
        removeQuestion.memberId = memberId;
        removeQuestion.photos = FamilyController.attachmentCount(FamilyController.memberIdOf(memberId));
        removeQuestion.open();
    }

    function showResult() {
        if (InterviewController.showResult())
            root.StackView.view.push(Qt.resolvedUrl("ResultPage.qml")).openPage.connect(root.openPage);
    }

    title: qsTr("Who can come?")
    onQuestionIdChanged: {
        why.open = false;
        datePicker.reset();
        root.scrollToTop();
    }
    // What was read of the last question stops with it.
    onAskedAboutChanged: ReadAloud.stop()
    Component.onCompleted: InterviewController.start()

    Notice {
        visible: InterviewController.loadError.length > 0
        iconName: "answer-no"
        text: qsTr("The rules could not be loaded. Please install the app again.")
    }

    ColumnLayout {
        id: questionView

        objectName: "questionView"
        visible: InterviewController.ready && InterviewController.asking
        spacing: Theme.spacing
        Layout.fillWidth: true

        Label {
            objectName: "progressText"
            text: InterviewController.question.progressText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        ProgressBar {
            value: InterviewController.question.progress
            Layout.fillWidth: true
            Accessible.name: InterviewController.question.progressText
        }

        RowLayout {
            visible: InterviewController.question.memberLabel.length > 0
            spacing: Theme.spacing
            Layout.fillWidth: true

            IconTile {
                iconName: InterviewController.question.memberIcon.length > 0 ? InterviewController.question.memberIcon : "family"
            }
            BodyText {
                objectName: "memberLabel"
                text: qsTr("About: %1").arg(LanguageController.isolate(root.personLabel(InterviewController.question.memberId, InterviewController.question.memberLabel)))
                font.bold: true
            }
        }

        SpokenText {
            text: InterviewController.question.text
            key: "question." + root.questionId
            heading: true
            linked: false
            textItem.objectName: "questionText"
            textItem.topPadding: Theme.spacingSmall
        }

        Notice {
            visible: InterviewController.question.help.length > 0
            text: InterviewController.question.help
            speakKey: "questionhelp." + root.questionId
        }

        ColumnLayout {
            visible: InterviewController.question.kind === QuestionKind.YesNo
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            AnswerButton {
                objectName: "yesButton"
                text: qsTr("Yes")
                iconName: "answer-yes"
                selected: InterviewController.question.answer === true
                speakKey: "answer.yes"
                onClicked: InterviewController.answer(true)
            }
            AnswerButton {
                objectName: "noButton"
                text: qsTr("No")
                iconName: "answer-no"
                selected: InterviewController.question.answer === false
                speakKey: "answer.no"
                onClicked: InterviewController.answer(false)
            }
        }

        Repeater {
            model: InterviewController.question.kind === QuestionKind.Choice ? InterviewController.question.options : []

            delegate: AnswerButton {
                required property var modelData

                objectName: "option_" + modelData.value
                // The other parent of a child is one of the people: called by name too.
                text: root.personLabel(modelData.value, modelData.label)
                iconName: modelData.icon
                selected: InterviewController.question.answer === modelData.value
                speakKey: "answer." + root.questionId + "." + modelData.value
                onClicked: InterviewController.answer(modelData.value)
            }
        }

        DatePicker {
            id: datePicker

            objectName: "datePicker"
            visible: InterviewController.question.kind === QuestionKind.Date
            isoDate: typeof InterviewController.question.answer === "string" ? InterviewController.question.answer : ""
            preferGregorian: root.letterDates.indexOf(root.questionId) >= 0
            latestIsoDate: InterviewController.question.latestDate
            suggestedYear: InterviewController.question.suggestedYear
            confirmButton: false
        }

        AnswerButton {
            objectName: "dontKnowButton"
            text: qsTr("I don't know")
            iconName: "answer-unknown"
            selected: InterviewController.question.answerUnknown
            speakKey: "answer.dontknow"
            onClicked: InterviewController.dontKnow()
        }

        Notice {
            objectName: "errorText"
            visible: InterviewController.errorText.length > 0
            iconName: "answer-no"
            text: InterviewController.errorText
        }

        WhyBox {
            id: why

            text: InterviewController.question.why
            speakKey: "why." + root.questionId
        }

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            SecondaryButton {
                objectName: "previousButton"
                text: qsTr("Previous question")
                enabled: InterviewController.canGoBack
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
                onClicked: InterviewController.back()
            }
            PrimaryButton {
                objectName: "nextButton"
                text: qsTr("Next")
                enabled: root.canGoOn
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
                onClicked: root.goOn()
            }
        }
        // A person added by mistake can go at any of their questions, not only from the list
        // once all of them are answered.
        SecondaryButton {
            objectName: "removeThisMember"
            visible: InterviewController.question.memberId.length > 0
            danger: true
            text: qsTr("Remove %1").arg(LanguageController.isolate(root.personLabel(InterviewController.question.memberId, InterviewController.question.memberLabel)))
            onClicked: root.askToRemove(InterviewController.question.memberId)
        }
    }

    ColumnLayout {
        objectName: "membersView"
        visible: InterviewController.ready && !InterviewController.asking
        spacing: Theme.spacing
        Layout.fillWidth: true

        SpokenText {
            text: qsTr("Who do you want to bring?")
            key: "members.question"
            heading: true
            linked: false
        }
        BodyText {
            text: InterviewController.members.length === 0 ? qsTr("Choose one person. You can add more people after the questions about this person.") : qsTr("You added these people. Tap a person to check or change their answers. Add another person, or see the result.")
        }

        // The user's own answers (the decision date, the status) are one tap away too, not only
        // through "Previous question" from the first person's questions.
        AnswerButton {
            objectName: "ownAnswersButton"
            visible: InterviewController.members.length > 0
            text: qsTr("About you")
            iconName: "eligibility"
            speakKey: "members.you"
            onClicked: InterviewController.openOwnAnswers()
        }

        Repeater {
            model: InterviewController.members

            delegate: ColumnLayout {
                id: memberRow

                required property var modelData
                // The person's row in the family (with the vault open), for their name.
                readonly property var familyId: FamilyController.available ? FamilyController.memberIdOf(memberRow.modelData.value) : 0

                spacing: Theme.spacingSmall
                Layout.fillWidth: true

                AnswerButton {
                    objectName: "member_" + memberRow.modelData.value
                    text: memberRow.modelData.label
                    iconName: memberRow.modelData.icon
                    speakKey: "member." + memberRow.modelData.value
                    onClicked: InterviewController.openMember(memberRow.modelData.value)
                }
                // Above the field, not in it: a placeholder is one line, and it was cut in
                // Tigrinya before "you may leave it empty"; it also goes once a name is typed.
                BodyText {
                    id: nameHint

                    objectName: "memberNameHint_" + memberRow.modelData.value
                    visible: memberRow.familyId !== 0
                    text: qsTr("Name of %1 (you may leave it empty)").arg(LanguageController.isolate(memberRow.modelData.label))
                }
                TextField {
                    objectName: "memberName_" + memberRow.modelData.value
                    visible: memberRow.familyId !== 0
                    font.pixelSize: Theme.fontTitle
                    inputMethodHints: Theme.privateTextHints
                    maximumLength: Theme.nameMaxLength
                    Accessible.name: nameHint.text
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    Component.onCompleted: text = FamilyController.namesOf(memberRow.familyId).name ?? ""
                    onEditingFinished: FamilyController.setNames(memberRow.familyId, text, FamilyController.namesOf(memberRow.familyId).latinName ?? "")
                }
                SecondaryButton {
                    objectName: "removeMember_" + memberRow.modelData.value
                    danger: true
                    text: qsTr("Remove %1").arg(LanguageController.isolate(root.personLabel(memberRow.modelData.value, memberRow.modelData.label)))
                    onClicked: root.askToRemove(memberRow.modelData.value)
                }
            }
        }

        AnswerButton {
            objectName: "showResultButton"
            visible: InterviewController.finished
            text: qsTr("See the result")
            iconName: "eligibility"
            speakKey: "members.result"
            onClicked: root.showResult()
        }

        Heading {
            text: InterviewController.members.length === 0 ? qsTr("Choose a person") : qsTr("Add another person")
        }

        Repeater {
            model: InterviewController.relations

            delegate: AnswerButton {
                required property var modelData

                objectName: "relation_" + modelData.value
                text: modelData.label
                iconName: modelData.icon
                speakKey: "relation." + modelData.value
                onClicked: InterviewController.addMember(modelData.value)
            }
        }
        // A person that cannot be added (the family is at the rules' limit) says why.
        Notice {
            objectName: "addMemberProblem"
            visible: InterviewController.errorText.length > 0
            iconName: "answer-no"
            text: InterviewController.errorText
        }

        SecondaryButton {
            objectName: "membersBackButton"
            text: qsTr("Previous question")
            enabled: InterviewController.canGoBack
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
            onClicked: InterviewController.back()
        }
    }

    // On screen, in the middle, red: removing a person takes their answers, papers, dates and
    // reminders, and says how many photos go with them.
    ConfirmDialog {
        id: removeQuestion

        property string memberId
        // Follows the language while the question is open.
        readonly property string label: {
            const member = InterviewController.members.find(m => m.value === removeQuestion.memberId);
            return member ? root.personLabel(member.value, member.label) : "";
        }
        property int photos: 0

        objectName: "removeMemberQuestion"
        text: removeQuestion.photos > 0 ? qsTr("This deletes %1 with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.", "", removeQuestion.photos).arg(LanguageController.isolate(removeQuestion.label)) : qsTr("This deletes %1 with their answers, papers, dates and reminders. You cannot undo this.").arg(LanguageController.isolate(removeQuestion.label))
        actionText: removeQuestion.photos > 0 ? qsTr("Remove this person and %Ln photo(s)", "", removeQuestion.photos) : qsTr("Yes, remove this person")
        danger: true
        onAccepted: FamilyController.removeInterviewMember(removeQuestion.memberId)
    }
}
