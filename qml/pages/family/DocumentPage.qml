pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One document of one family member: what it is, where to get it, what to send without it,
// where it stands (big choices), and a note.
AppPage {
    id: root

    required property var memberId
    required property var documentId
    readonly property checklistRow doc: view.document
    readonly property familyRow member: view.member
    readonly property bool hasDocument: view.exists

    signal openPage(string name, var properties)

    title: view.exists ? root.doc.title : qsTr("Paper")
    onDocChanged: {
        if (!noteField.activeFocus)
            noteField.text = root.doc.note ?? "";
    }
    Component.onCompleted: root.docChanged()

    DocumentView {
        id: view

        memberId: root.memberId
        documentId: root.documentId
    }

    FamilyEmptyState {
        visible: !FamilyController.hasMembers
        onAddMember: {
            InterviewController.start();
            root.openPage(InterviewController.started ? "interview" : "eligibility", {});
        }
    }
    Notice {
        visible: !root.hasDocument && FamilyController.hasMembers
        text: qsTr("This person needs no papers for now.")
    }

    ColumnLayout {
        visible: root.hasDocument
        spacing: Theme.spacing
        Layout.fillWidth: true

        BodyText {
            objectName: "documentFor"
            text: qsTr("For: %1").arg(LanguageController.isolate(root.member.title ?? ""))
            color: Theme.textMuted
        }
        SpokenText {
            text: root.doc.explanation ?? ""
            key: "document." + root.documentId
            linked: false
            textItem.objectName: "explanation"
        }
        Notice {
            objectName: "countryHint"
            visible: (root.doc.countryHint ?? "").length > 0
            iconName: "language"
            text: root.doc.countryHint ?? ""
            speakKey: "document." + root.documentId + ".country"
        }
        Notice {
            objectName: "alternative"
            visible: (root.doc.alternative ?? "").length > 0
            iconName: "info"
            text: root.doc.alternative ?? ""
            speakKey: "document." + root.documentId + ".alternative"
        }

        Heading {
            text: qsTr("Where is this paper now?")
        }
        Repeater {
            model: FamilyController.statuses

            delegate: AnswerButton {
                id: choice

                required property var modelData

                objectName: "status_" + choice.modelData.value
                text: choice.modelData.label
                iconName: choice.modelData.icon
                selected: root.doc.status === choice.modelData.value
                onClicked: view.setStatus(choice.modelData.value)
            }
        }

        Heading {
            text: qsTr("Note")
        }
        NoteField {
            id: noteField

            objectName: "documentNote"
            onSave: view.setNote(noteField.text)
        }

        Heading {
            text: qsTr("Photos and files")
        }
        BodyText {
            text: qsTr("Keep a photo or a PDF of this paper here. It stays locked inside this app, not in your gallery.")
        }
        PrimaryButton {
            objectName: "documentFilesButton"
            enabled: root.hasDocument
            text: (root.doc.attachmentCount ?? 0) > 0 ? qsTr("See the photos and files") : qsTr("Add a photo or file")
            onClicked: root.openPage("documentfiles", {
                    "documentId": root.documentId
                })
        }
    }
}
