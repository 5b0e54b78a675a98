import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One deadline: what, for whom, the countdown in words with its number, the day in the user's
// calendar and in Gregorian, and what the user can do with it.
Control {
    id: root

    required property var deadlineId
    required property string ruleId
    required property string title
    required property string explanation
    required property string who
    required property string localDate
    required property string gregorianDate
    required property string countdown
    required property int daysLeft
    required property bool done
    required property bool isLetter
    required property bool snoozed
    required property bool fromReceiptLetter

    readonly property bool urgent: !root.done && root.daysLeft <= 7
    // Done deadlines are folded away unless the page shows them.
    property bool showDone: false

    visible: !root.done || root.showDone
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
                    text: root.title
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
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
        }

        Label {
            objectName: "countdown"
            text: root.done ? qsTr("Done") : root.countdown
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: root.urgent ? Theme.warning : Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        BodyText {
            text: root.ruleId === "bStatusWait" ? qsTr("You may apply from: %1").arg(root.localDate) : qsTr("Last day: %1").arg(root.localDate)
        }
        BodyText {
            visible: root.gregorianDate.length > 0
            text: qsTr("In the Dutch calendar: %1").arg(root.gregorianDate)
            color: Theme.textMuted
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
            text: root.done ? qsTr("Not done yet") : qsTr("I did this")
            onClicked: TimelineController.setDone(root.deadlineId, !root.done)
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
            visible: root.isLetter
            text: qsTr("Delete this date")
            onClicked: TimelineController.removeLetterDeadline(root.deadlineId)
        }
    }
}
