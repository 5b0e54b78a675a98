import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// Organisations that help: each with its Dutch name, what it does for the user, and a phone
// number, address and opening hours only where the rule pack has them from a source, with the
// day that source was checked. Calling opens the phone's dialler; Copy puts the number on the
// clipboard.
JourneyListPage {
    id: root

    title: qsTr("Help and contacts")
    model: JourneyGuide.help

    listHeader: ListNote {
        text: qsTr("These organisations can help you. Samen shows a phone number or opening hours only where an official source gives them.")
    }

    listFooter: ListNote {
        footer: true
        text: qsTr("Rules and numbers as of %1.").arg(LanguageController.isolate(JourneyGuide.rulesAsOf))
        color: Theme.textMuted
    }

    delegate: JourneyCard {
        id: card

        required property string helpId
        required property string name
        required property string text
        required property string phone
        required property string phoneUri
        required property string address
        required property var hours
        required property string checked
        required property bool hasContact
        property bool copied: false
        // Qt.openUrlExternally() found nothing to call with (a computer without a phone app).
        property bool cannotCall: false

        objectName: "help_" + card.helpId
        // From the page, not from ListView.view (attached only after the row's bindings first
        // ran: its text would be wrapped at width 0 first, and rows overlapped in the first frames).
        width: root.rowWidth // qmllint disable unqualified

        contentItem: ColumnLayout {
            spacing: Theme.spacingSmall

            Heading {
                objectName: "helpName"
                text: card.name
                topPadding: 0
            }
            TermText {
                objectName: "helpText"
                plainText: card.text
            }
            // Below the text, not beside it: beside it (SpokenText) the rows of this list overlapped
            // with the fonts of the test environment (tst_readaloud).
            SpeakerButton {
                text: card.text
                key: "help." + card.helpId
                Layout.alignment: Qt.AlignRight
            }
            BodyText {
                objectName: "helpPhone"
                visible: card.phone.length > 0
                text: qsTr("Phone: %1").arg(LanguageController.isolate(card.phone))
                font.bold: true
            }
            PrimaryButton {
                objectName: "callButton"
                visible: card.phoneUri.length > 0
                text: qsTr("Call")
                Accessible.name: qsTr("Call %1").arg(card.name)
                onClicked: card.cannotCall = !Qt.openUrlExternally(card.phoneUri)
            }
            BodyText {
                objectName: "cannotCall"
                visible: card.cannotCall
                text: qsTr("This device cannot make calls. Copy the number and call it from a phone.")
            }
            SecondaryButton {
                objectName: "copyPhoneButton"
                visible: card.phone.length > 0
                text: qsTr("Copy the number")
                Accessible.name: qsTr("Copy the number of %1").arg(card.name)
                onClicked: card.copied = JourneyGuide.copyToClipboard(card.phone)
            }
            BodyText {
                objectName: "phoneCopied"
                visible: card.copied
                text: qsTr("The number is copied. You can paste it in the phone app.")
                color: Theme.good
            }
            BodyText {
                objectName: "helpAddress"
                visible: card.address.length > 0
                text: qsTr("Address: %1").arg(LanguageController.isolate(card.address))
            }
            BodyText {
                visible: card.hours.length > 0
                text: qsTr("Open:")
                font.bold: true
            }
            BodyText {
                objectName: "helpHours"
                visible: card.hours.length > 0
                text: card.hours.join("\n")
            }
            BodyText {
                objectName: "helpChecked"
                visible: card.checked.length > 0
                text: qsTr("As of %1.").arg(LanguageController.isolate(card.checked))
                color: Theme.textMuted
            }
        }
    }
}
