import QtQuick
import QtQuick.Layouts
import Samen
import Samen.App

// The date entry of a deadline card for the step that ends it ("This happened: enter the date"):
// a date picker, why a date was refused, and Cancel. Finished after the step is recorded or on
// Cancel.
ColumnLayout {
    id: root

    property double deadlineId: 0

    signal finished

    spacing: Theme.spacingSmall

    DatePicker {
        objectName: "stepDatePicker"
        preferGregorian: true
        onAccepted: iso => {
            if (TimelineController.recordStep(root.deadlineId, iso))
                root.finished();
        }
    }
    StatusMessage {
        text: TimelineController.errorText
    }
    SecondaryButton {
        text: qsTr("Cancel")
        onClicked: root.finished()
    }
}
