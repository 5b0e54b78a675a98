import QtQuick
import QtQuick.Layouts
import Samen
import Samen.App

// Home's "what now" for the family members in one phase: who, the phase, what to do now, and a
// button to their steps.
ColumnLayout {
    id: root

    required property string phaseId
    required property string title
    required property string now
    required property string names
    required property double firstMemberId
    readonly property string key: root.phaseId.length > 0 ? root.phaseId : "notSent"

    signal stepsRequested(double memberId)

    objectName: "phaseGroup_" + root.key
    spacing: Theme.spacingSmall
    Layout.fillWidth: true
    Layout.topMargin: Theme.spacingSmall

    BodyText {
        // A mark of the app's direction first: a list of names that starts with an Arabic one
        // would otherwise lay out right to left in a Tigrinya sentence (its commas in the wrong places).
        text: (LanguageController.rightToLeft ? "\u200F" : "\u200E") + root.names
        color: Theme.textMuted
    }
    BodyText {
        text: root.title
        font.bold: true
    }
    BodyText {
        text: qsTr("Next step: %1").arg(root.now)
    }
    SecondaryButton {
        objectName: "phaseSteps_" + root.key
        text: qsTr("See the steps")
        onClicked: root.stepsRequested(root.firstMemberId)
    }
}
