import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The steps of the procedure for one family member as a vertical timeline: each step with its
// date (or none yet) and the deadlines its date starts.
AppPage {
    id: root

    signal openPage(string name)

    property string editing: ""
    property bool forEveryone: false

    title: qsTr("Steps of the procedure")

    StackView.onActivating: TimelineController.refresh()

    ColumnLayout {
        visible: !TimelineController.hasMembers
        spacing: Theme.spacing
        Layout.fillWidth: true

        BodyText {
            text: qsTr("First answer the questions about your family. Then you can follow each step here.")
        }
        PrimaryButton {
            text: qsTr("Start the questions")
            onClicked: root.openPage("eligibility")
        }
    }

    ColumnLayout {
        visible: TimelineController.hasMembers
        spacing: Theme.spacing
        Layout.fillWidth: true

        Heading {
            text: qsTr("For whom?")
        }
        Repeater {
            model: TimelineController.members

            delegate: AnswerButton {
                required property var modelData

                text: modelData.name
                selected: modelData.memberId === TimelineController.currentMemberId
                onClicked: {
                    root.editing = "";
                    TimelineController.currentMemberId = modelData.memberId;
                }
            }
        }

        StatusMessage {
            objectName: "timelineError"
            text: TimelineController.errorText
        }

        Repeater {
            id: stageRepeater

            model: TimelineController.stages

            delegate: RowLayout {
                id: step

                required property int index
                required property string stageId
                required property string name
                required property string explanation
                required property string opens
                required property string dateIso
                required property string localDate
                required property string gregorianDate
                required property bool hasDate
                required property bool mayBeFuture

                spacing: Theme.spacing
                Layout.fillWidth: true

                // The line of the timeline, with a mark that says in a picture and in words
                // whether the step has a date.
                Item {
                    Layout.preferredWidth: Theme.iconSize
                    Layout.fillHeight: true

                    Rectangle {
                        x: (parent.width - width) / 2
                        width: 3
                        height: parent.height + Theme.spacing
                        color: Theme.border
                        visible: step.index < stageRepeater.count - 1
                    }
                    Image {
                        source: step.hasDate ? "qrc:/icons/check.svg" : "qrc:/icons/expand.svg"
                        sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                        Accessible.ignored: true
                    }
                }

                ColumnLayout {
                    spacing: Theme.spacingSmall
                    Layout.fillWidth: true

                    Label {
                        text: step.name
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    BodyText {
                        text: step.hasDate ? step.localDate : qsTr("No date yet")
                        font.bold: step.hasDate
                    }
                    BodyText {
                        visible: step.gregorianDate.length > 0
                        text: qsTr("In the Dutch calendar: %1").arg(step.gregorianDate)
                        color: Theme.textMuted
                    }
                    BodyText {
                        text: step.explanation
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    BodyText {
                        visible: step.opens.length > 0
                        text: step.opens
                        font.pixelSize: Theme.fontSmall
                    }

                    SecondaryButton {
                        visible: root.editing !== step.stageId
                        text: step.hasDate ? qsTr("Change the date") : qsTr("Enter the date")
                        onClicked: {
                            root.forEveryone = false;
                            root.editing = step.stageId;
                        }
                    }
                    Loader {
                        active: root.editing === step.stageId
                        visible: active
                        Layout.fillWidth: true

                        sourceComponent: ColumnLayout {
                            spacing: Theme.spacing

                            CheckBox {
                                visible: TimelineController.members.length > 1
                                text: qsTr("Same date for everyone in this application")
                                checked: root.forEveryone
                                font.pixelSize: Theme.fontBody
                                Layout.fillWidth: true
                                onToggled: root.forEveryone = checked
                            }
                            DatePicker {
                                isoDate: step.dateIso
                                preferGregorian: true
                                onAccepted: iso => {
                                    const ok = root.forEveryone ? TimelineController.setStageDateForAll(step.stageId, iso)
                                                                : TimelineController.setStageDate(step.stageId, iso);
                                    if (ok)
                                        root.editing = "";
                                }
                            }
                            SecondaryButton {
                                visible: step.hasDate
                                text: qsTr("Remove this date")
                                onClicked: {
                                    if (TimelineController.clearStage(step.stageId))
                                        root.editing = "";
                                }
                            }
                            SecondaryButton {
                                text: qsTr("Cancel")
                                onClicked: root.editing = ""
                            }
                        }
                    }

                    // The IND's receipt letter names its own last day for the decision.
                    ColumnLayout {
                        visible: step.stageId === "applicationFiled" && TimelineController.canUseReceiptLetter
                        spacing: Theme.spacingSmall
                        Layout.fillWidth: true

                        BodyText {
                            text: TimelineController.receiptLetterDate.length > 0
                                  ? qsTr("The IND decides before the date in its letter.")
                                  : qsTr("Did the IND send a letter that says before which day it decides? Enter that day.")
                        }
                        SecondaryButton {
                            visible: root.editing !== "receiptLetter"
                            text: qsTr("Date in the IND letter")
                            onClicked: root.editing = "receiptLetter"
                        }
                        SecondaryButton {
                            visible: TimelineController.receiptLetterDate.length > 0
                            text: qsTr("Use 90 days again")
                            onClicked: TimelineController.clearReceiptLetterDate()
                        }
                        Loader {
                            active: root.editing === "receiptLetter" && step.stageId === "applicationFiled"
                            visible: active
                            Layout.fillWidth: true

                            sourceComponent: DatePicker {
                                isoDate: TimelineController.receiptLetterDate
                                preferGregorian: true
                                onAccepted: iso => {
                                    if (TimelineController.setReceiptLetterDate(iso))
                                        root.editing = "";
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
