pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One family member: names in their own script and in Latin letters (with a suggestion to
// correct), the verdict, the document checklist, a note, and removal after a question. The
// papers are the page's list.
ListPage {
    id: root

    required property var memberId
    readonly property familyRow member: view.member
    readonly property bool hasMember: view.exists
    readonly property var verdictHistory: RulesChangeNotice.historyOf(root.member.interviewId ?? "")

    signal openPage(string name, var properties)

    function saveNames() {
        FamilyController.setNames(root.memberId, nameField.text, latinField.text);
    }

    title: view.exists ? root.member.title : qsTr("Family member")
    // The papers are on screen only while the member is.
    listName: root.hasMember ? "checklist" : ""
    model: root.hasMember ? view.checklist : null
    onMemberChanged: {
        if (!nameField.activeFocus)
            nameField.text = root.member.name ?? "";
        if (!latinField.activeFocus)
            latinField.text = root.member.latinName ?? "";
        if (!noteField.activeFocus)
            noteField.text = root.member.note ?? "";
    }
    Component.onCompleted: root.memberChanged()

    MemberView {
        id: view

        memberId: root.memberId
    }

    FamilyEmptyState {
        visible: !root.hasMember && !FamilyController.hasMembers
        onAddMember: {
            InterviewController.start();
            root.openPage(InterviewController.started ? "interview" : "eligibility", {});
        }
    }

    // Removed meanwhile (from the questions, or on another page): say so, show nothing stale.
    Notice {
        objectName: "memberGone"
        visible: !root.hasMember && FamilyController.hasMembers
        text: qsTr("This person is no longer in the family list.")
    }

    ColumnLayout {
        visible: root.hasMember
        spacing: Theme.spacing
        Layout.fillWidth: true

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            IconTile {
                iconName: root.member.relationIcon || "family"
            }
            Heading {
                objectName: "relationLabel"
                text: root.member.relationLabel ?? ""
                topPadding: 0
                Layout.alignment: Qt.AlignVCenter
            }
        }
        VerdictLine {
            outcome: root.member.outcome ?? Outcome.None
            verdict: root.member.verdict ?? ""
            verdictIcon: root.member.verdictIcon ?? ""
        }

        Notice {
            objectName: "ageWarning"
            visible: (root.member.ageWarning ?? "").length > 0
            iconName: "warning"
            text: root.member.ageWarning ?? ""
        }

        BodyText {
            objectName: "verdictHistoryTitle"
            visible: root.verdictHistory.length > 0
            text: qsTr("Earlier answers (before the rules changed):")
            color: Theme.textMuted
        }
        Repeater {
            objectName: "verdictHistory"
            model: root.verdictHistory

            delegate: BodyText {
                required property string modelData

                text: modelData
                color: Theme.textMuted
            }
        }

        Heading {
            text: qsTr("Papers")
        }
        BodyText {
            objectName: "progressText"
            text: root.member.progressText ?? ""
            font.bold: true
        }
    }

    delegate: AbstractButton {
        id: item

        required property var documentId
        required property string title
        required property string statusLabel
        required property string statusIcon
        required property int attachmentCount

        objectName: "document_" + documentId
        width: root.columnWidth
        x: root.columnX
        // A card in the list's pool of unused rows is no row: hidden from the tree, tests and
        // TalkBack until it shows a row again.
        ListView.onPooled: item.visible = false
        ListView.onReused: item.visible = true
        padding: Theme.spacing
        Accessible.role: Accessible.Button
        Accessible.name: item.title + ": " + item.statusLabel
        onClicked: root.openPage("document", {
                "memberId": root.memberId,
                "documentId": item.documentId
            })

        background: Rectangle {
            implicitHeight: Theme.touchTarget
            radius: Theme.radius
            color: item.down ? Theme.primarySoft : Theme.surface
            border.color: item.visualFocus ? Theme.focus : Theme.border
            border.width: item.visualFocus ? 3 : 1
        }

        contentItem: RowLayout {
            spacing: Theme.spacing

            Image {
                source: "qrc:/icons/" + item.statusIcon + ".svg"
                sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
                Layout.alignment: Qt.AlignTop
                Accessible.ignored: true
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true

                Label {
                    text: item.title
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                Label {
                    text: item.attachmentCount > 0 ? qsTr("%1, with photos or files").arg(item.statusLabel) : item.statusLabel
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
            }
            Image {
                source: "qrc:/icons/chevron.svg"
                sourceSize: Qt.size(Theme.iconSize * 0.75, Theme.iconSize * 0.75)
                mirror: LanguageController.rightToLeft
                Accessible.ignored: true
            }
        }
    }

    after: ColumnLayout {
        visible: root.hasMember
        spacing: Theme.spacing
        Layout.fillWidth: true

        Heading {
            text: qsTr("Name")
        }
        Label {
            id: nameCaption

            text: qsTr("Name in your own language")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        TextField {
            id: nameField

            objectName: "nameField"
            font.pixelSize: Theme.fontTitle
            inputMethodHints: Theme.privateTextHints
            maximumLength: Theme.nameMaxLength
            Accessible.name: nameCaption.text
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onEditingFinished: root.saveNames()
        }
        Label {
            id: latinCaption

            text: qsTr("Name in Latin letters, exactly as in the passport")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        TextField {
            id: latinField

            objectName: "latinField"
            font.pixelSize: Theme.fontTitle
            horizontalAlignment: TextInput.AlignLeft
            inputMethodHints: Theme.privateTextHints | Qt.ImhLatinOnly
            maximumLength: Theme.nameMaxLength
            LayoutMirroring.enabled: false
            Accessible.name: latinCaption.text
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onEditingFinished: root.saveNames()
        }
        SecondaryButton {
            objectName: "suggestLatinButton"
            text: qsTr("Suggest Latin letters")
            enabled: nameField.text.trim().length > 0
            onClicked: {
                latinField.text = FamilyController.latinSuggestion(nameField.text);
                root.saveNames();
            }
        }
        BodyText {
            text: qsTr("The suggestion is only a guess. Change it so that it is exactly as in the passport.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }

        SecondaryButton {
            objectName: "timelineButton"
            text: qsTr("Dates and progress of the application")
            onClicked: root.openPage("timeline", {
                    "memberId": root.memberId
                })
        }
        SecondaryButton {
            objectName: "kitButton"
            text: qsTr("Kit for %1").arg(LanguageController.isolate(root.member.title ?? ""))
            onClicked: root.openPage("kit", {
                "memberId": root.memberId
            })
        }

        Heading {
            text: qsTr("Note")
        }
        NoteField {
            id: noteField

            objectName: "memberNote"
            onSave: FamilyController.setNote(root.memberId, noteField.text)
        }

        SecondaryButton {
            objectName: "removeButton"
            danger: true
            text: qsTr("Remove this person")
            onClicked: {
                removeQuestion.photos = FamilyController.attachmentCount(root.memberId);
                removeQuestion.open();
            }
        }
    }

    // On screen, in the middle, red: removing a person takes their answers, papers, dates and
    // reminders, and says how many photos go with them.
    ConfirmDialog {
        id: removeQuestion

        property int photos: 0

        objectName: "removeQuestion"
        text: removeQuestion.photos > 0 ? qsTr("This deletes this person with their answers, papers, dates and reminders, and %Ln photo(s) or file(s) of their papers. You cannot undo this.", "", removeQuestion.photos) : qsTr("This deletes this person with their answers, papers, dates and reminders. You cannot undo this.")
        actionText: removeQuestion.photos > 0 ? qsTr("Remove this person and %Ln photo(s)", "", removeQuestion.photos) : qsTr("Yes, remove this person")
        danger: true
        onAccepted: {
            if (FamilyController.remove(root.memberId) && root.StackView.view)
                root.StackView.view.pop();
        }
    }
}
