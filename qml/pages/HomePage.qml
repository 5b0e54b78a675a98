pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The start screen: "what now" at the top (the next deadline, each phase the family is in with
// what to do now, what is missing, reminders that came due), then one button per part of the
// app. Everything shown comes from properties HomeStatus already holds, so the first frame reads
// nothing.
AppPage {
    id: root

    signal openPage(string name, var properties)

    title: "Samen"

    BodyText {
        visible: !HomeStatus.hasMembers
        text: qsTr("Bring your family to the Netherlands, step by step.")
    }

    Control {
        objectName: "rulesChanged"
        visible: RulesChangeNotice.visible
        padding: Theme.spacing
        Layout.fillWidth: true

        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.warning
            border.width: 2
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacingSmall

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true

                Image {
                    source: "qrc:/icons/warning.svg"
                    sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                    Layout.alignment: Qt.AlignTop
                    Accessible.ignored: true
                }
                BodyText {
                    text: RulesChangeNotice.title
                    font.bold: true
                }
            }
            Repeater {
                model: RulesChangeNotice.changes

                delegate: BodyText {
                    required property string modelData

                    text: modelData
                }
            }
            BodyText {
                visible: RulesChangeNotice.newQuestions > 0
                text: qsTr("Please answer %n new question(s). Then Samen checks again what the new rules mean for your family.", "", RulesChangeNotice.newQuestions)
            }
            BodyText {
                visible: RulesChangeNotice.changes.length > 0
                text: qsTr("Your earlier answer stays on each person's page. Show this to a volunteer or a lawyer.")
                color: Theme.textMuted
            }
            SecondaryButton {
                objectName: "rulesChangedQuestionsButton"
                visible: RulesChangeNotice.newQuestions > 0
                text: qsTr("Answer the new questions")
                onClicked: {
                    InterviewController.start();
                    root.openPage("interview", {});
                }
            }
            SecondaryButton {
                objectName: "rulesChangedOkButton"
                visible: RulesChangeNotice.changes.length > 0
                text: qsTr("I have read this")
                onClicked: RulesChangeNotice.acknowledge()
            }
        }
    }

    Control {
        objectName: "whatNow"
        visible: HomeStatus.hasMembers
        padding: Theme.spacing
        Layout.fillWidth: true

        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: HomeStatus.nextDeadline.valid && HomeStatus.nextDeadline.days <= 7 ? Theme.warning : Theme.border
            border.width: 2
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacingSmall

            Heading {
                text: qsTr("What now?")
            }
            BodyText {
                visible: HomeStatus.nextDeadline.valid
                text: qsTr("Next date: %1").arg(LanguageController.isolate(HomeStatus.nextDeadline.title))
                font.bold: true
            }
            BodyText {
                visible: HomeStatus.nextDeadline.valid
                text: HomeStatus.nextDeadline.who
                color: Theme.textMuted
            }
            Label {
                objectName: "nextCountdown"
                visible: HomeStatus.nextDeadline.valid
                text: HomeStatus.nextDeadline.countdown
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: HomeStatus.nextDeadline.days <= 7 ? Theme.warning : Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            BodyText {
                objectName: "nextDeadlineDate"
                visible: HomeStatus.nextDeadline.valid
                text: HomeStatus.nextDeadline.kind === DeadlineKind.EarliestDay ? qsTr("You may apply from: %1").arg(LanguageController.isolate(HomeStatus.nextDeadline.date)) : qsTr("Last day: %1").arg(LanguageController.isolate(HomeStatus.nextDeadline.date))
            }
            BodyText {
                objectName: "missingDocuments"
                visible: HomeStatus.missingDocuments > 0
                text: qsTr("%Ln paper(s) still missing.", "", HomeStatus.missingDocuments)
            }
            Repeater {
                model: HomeStatus.dueReminders

                delegate: BodyText {
                    required property string modelData

                    text: qsTr("Reminder: %1").arg(modelData)
                }
            }
            Repeater {
                model: HomeStatus.phases

                delegate: PhaseGroup {
                    onStepsRequested: memberId => root.openPage("timeline", {
                            "memberId": memberId
                        })
                }
            }
            SecondaryButton {
                objectName: "letterCameButton"
                text: qsTr("A letter from the IND came")
                onClicked: root.openPage("letters", undefined)
            }
            SecondaryButton {
                visible: HomeStatus.missingDocuments > 0
                text: qsTr("See the papers")
                onClicked: root.openPage("family", {})
            }
            SecondaryButton {
                visible: HomeStatus.nextDeadline.valid
                text: qsTr("See all dates")
                onClicked: root.openPage("deadlines", {})
            }
        }
    }

    SectionButton {
        objectName: "eligibilityButton"
        iconName: "eligibility"
        text: qsTr("Who can come?")
        subtitle: qsTr("Answer simple questions about your family.")
        onClicked: root.openPage("eligibility", {})
    }
    SectionButton {
        objectName: "familyButton"
        iconName: "family"
        text: qsTr("Family and papers")
        subtitle: qsTr("The papers each person needs.")
        onClicked: root.openPage("family", {})
    }
    SectionButton {
        objectName: "deadlinesButton"
        iconName: "deadlines"
        text: qsTr("Dates and deadlines")
        subtitle: qsTr("Everything in time. Samen reminds you.")
        onClicked: root.openPage("deadlines", {})
    }
    SectionButton {
        objectName: "helperButton"
        iconName: "helper"
        text: qsTr("Show to a helper")
        subtitle: qsTr("A short summary in Dutch for a volunteer.")
        onClicked: root.openPage("helper", {})
    }
    SectionButton {
        objectName: "journeyButton"
        iconName: "journey"
        text: qsTr("Help, words and costs")
        subtitle: qsTr("Who can help, Dutch words explained, what costs money.")
        onClicked: root.openPage("journey", {})
    }
    SectionButton {
        objectName: "settingsButton"
        iconName: "settings"
        text: qsTr("Settings")
        subtitle: qsTr("Language, and about this app.")
        onClicked: root.openPage("settings", {})
    }
}
