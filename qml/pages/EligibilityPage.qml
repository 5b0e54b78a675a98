import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The entry to the eligibility interview: start, go on where you stopped, or see the result.
AppPage {
    id: root

    signal openPage(string name)

    function openInterview() {
        root.StackView.view.push(Qt.resolvedUrl("interview/InterviewPage.qml")).openPage.connect(root.openPage);
    }

    title: qsTr("Who can come?")
    Component.onCompleted: InterviewController.start()

    IconTile {
        iconName: "eligibility"
        size: Theme.iconTileSize * 1.5
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacing
    }

    BodyText {
        text: qsTr("Answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.")
    }
    BodyText {
        text: qsTr("If you do not know an answer, choose \"I don't know\". You can go back and change an answer at any time.")
    }

    AnswerButton {
        objectName: "startButton"
        visible: !InterviewController.started
        text: qsTr("Start the questions")
        iconName: "answer-yes"
        onClicked: {
            InterviewController.start();
            root.openInterview();
        }
    }
    AnswerButton {
        objectName: "resumeButton"
        visible: InterviewController.started && !InterviewController.finished
        text: qsTr("Go on where you stopped")
        iconName: "answer-yes"
        onClicked: root.openInterview()
    }
    AnswerButton {
        objectName: "seeResultButton"
        visible: InterviewController.finished
        text: qsTr("See the result")
        iconName: "eligibility"
        onClicked: {
            if (InterviewController.showResult())
                root.StackView.view.push(Qt.resolvedUrl("interview/ResultPage.qml")).openPage.connect(root.openPage);
        }
    }
    AnswerButton {
        objectName: "changeButton"
        visible: InterviewController.finished
        text: qsTr("Change answers or add a person")
        iconName: "family"
        onClicked: root.openInterview()
    }
    AnswerButton {
        objectName: "restartButton"
        visible: InterviewController.started
        text: qsTr("Start again (delete all answers)")
        iconName: "answer-no"
        onClicked: restartQuestion.open()
    }

    // On screen, in the middle, red: not a question below the fold.
    ConfirmDialog {
        id: restartQuestion

        text: qsTr("All your answers will be deleted. Are you sure?")
        actionText: qsTr("Yes, delete all answers")
        danger: true
        onAccepted: InterviewController.restart()
    }
}
