import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The steps page's date entry, in place of its list: the step (or the IND letter's date), for
// whom, "the same date for everyone", the date picker, and Remove / Cancel. Made only while a
// date is entered: the list page does not hold a picker it does not show.
ColumnLayout {
    id: root

    // A stage id, or "receiptLetter".
    property string stageId: ""
    property string stageName: ""
    property string memberName: ""
    // The date already entered (ISO); empty for none.
    property string dateIso: ""
    property bool canChooseEveryone: false
    property bool forEveryone: false

    signal dateAccepted(string isoDate, bool forEveryone)
    signal removeRequested
    signal cancelled

    objectName: "stageEditor"
    spacing: Theme.spacing

    Heading {
        text: root.stageId === "receiptLetter" ? qsTr("Date in the IND letter") : root.stageName
    }
    BodyText {
        text: root.memberName
        color: Theme.textMuted
    }
    WrappingCheckBox {
        visible: root.stageId !== "receiptLetter" && root.canChooseEveryone
        text: qsTr("Same date for everyone in this application")
        checked: root.forEveryone
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        onToggled: root.forEveryone = checked
    }
    DatePicker {
        isoDate: root.dateIso
        preferGregorian: true
        onAccepted: iso => root.dateAccepted(iso, root.forEveryone)
    }
    SecondaryButton {
        visible: root.stageId !== "receiptLetter" && root.dateIso.length > 0
        text: qsTr("Remove this date")
        onClicked: root.removeRequested()
    }
    SecondaryButton {
        text: qsTr("Cancel")
        onClicked: root.cancelled()
    }
}
