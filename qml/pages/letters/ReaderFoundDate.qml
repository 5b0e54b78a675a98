import QtQuick
import QtQuick.Layouts
import Samen
import Samen.App

// A date the reader found, with the Dutch words it came from, so the user can find them on the
// paper; or, when it found none, what to look for (nothing when @p missing is empty).
ColumnLayout {
    id: root

    required property string label
    required property foundDate date
    required property string missing
    // A day to act by: say so when it has passed already.
    property bool mustBeAhead: false

    visible: root.date.found || root.missing.length > 0
    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    RowLayout {
        spacing: Theme.spacingSmall
        Layout.fillWidth: true

        Heading {
            text: root.label
            Layout.fillWidth: true
        }
        // The day in the user's language; the Dutch words stay on screen to compare with the paper.
        SpeakerButton {
            key: "reader." + root.objectName
            text: root.date.found ? root.label + "\n" + root.date.text : ""
        }
    }
    BodyText {
        objectName: "foundDateText"
        visible: root.date.found
        text: root.date.text
        font.bold: true
    }
    BodyText {
        objectName: "foundDateWords"
        visible: root.date.found && root.date.words.length > 0
        text: qsTr("From the words in the letter: \"%1\"").arg(LanguageController.isolate(root.date.words))
    }
    StatusMessage {
        objectName: "foundDatePassed"
        visible: root.mustBeAhead && root.date.found && root.date.iso < TimelineController.today
        text: qsTr("This day has already passed. Ask a helper today what you can still do.")
    }
    BodyText {
        visible: !root.date.found
        text: root.missing
    }
}
