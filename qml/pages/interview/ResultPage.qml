import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The verdict for every family member, the nareis deadline as a countdown, who can help, and
// the date of the rules; then on to the papers of each person.
AppPage {
    id: root

    signal openPage(string name)

    readonly property bool hasResult: resultList.count > 0

    title: qsTr("Your result")
    Component.onCompleted: {
        InterviewController.start();
        InterviewController.showResult();
    }

    Notice {
        visible: !root.hasResult
        text: qsTr("There is no result yet. First answer the questions about you and your family.")
    }

    Notice {
        objectName: "deadlineText"
        visible: root.hasResult && InterviewController.deadlineText.length > 0
        iconName: "deadlines"
        text: InterviewController.deadlineText
    }

    Notice {
        objectName: "regimeText"
        visible: root.hasResult && InterviewController.regimeText.length > 0
        iconName: "info"
        text: InterviewController.regimeText
    }

    Repeater {
        id: resultList

        objectName: "resultList"
        model: InterviewController.results

        delegate: VerdictCard {
            objectName: "result_" + memberId
            title: FamilyController.labelWithName(memberId, label)
        }
    }

    Notice {
        visible: root.hasResult
        iconName: "helper"
        text: qsTr("Who can help: a volunteer of VluchtelingenWerk at your AZC or in your town, or a lawyer through the Juridisch Loket. Show them this screen. Samen is not a lawyer.")
    }

    BodyText {
        objectName: "rulesAsOf"
        text: InterviewController.rulesAsOfText
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }

    PrimaryButton {
        objectName: "nextPapersButton"
        visible: root.hasResult
        text: qsTr("Next: the papers for each person")
        onClicked: root.openPage("family")
    }

    AnswerButton {
        objectName: "changeAnswersButton"
        text: qsTr("Change my answers")
        visible: root.StackView.index > 0
        onClicked: root.StackView.view.pop()
    }
}
