pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Samen
import Samen.App

// The kit for one family member abroad: the language they read, then a preview that shows
// exactly the words the PDF will hold (only this member's), then Save.
AppPage {
    id: root

    required property var memberId
    property bool saved: false

    title: kit.exists ? qsTr("Kit for %1").arg(LanguageController.isolate(kit.name)) : qsTr("Kit for the family")

    KitView {
        id: kit

        memberId: root.memberId
    }

    FileDialog {
        id: saveDialog

        acceptLabel: qsTr("Save")
        rejectLabel: qsTr("Cancel")
        title: qsTr("Where do you want to save the PDF?")
        fileMode: FileDialog.SaveFile
        nameFilters: ["PDF (*.pdf)"]
        currentFolder: FilePlaces.startFolder()
        currentFile: FilePlaces.suggestedFile(kit.suggestedFileName())
        onAccepted: root.saved = kit.savePdf(saveDialog.selectedFile)
    }

    Notice {
        objectName: "kitMemberGone"
        visible: !kit.exists
        text: qsTr("This person is no longer in the family list.")
    }

    ColumnLayout {
        visible: kit.exists
        spacing: Theme.spacing
        Layout.fillWidth: true

        BodyText {
            text: qsTr("A page for this family member, in the language they read: their name, the papers for the embassy and the dates to keep.")
        }
        Heading {
            text: qsTr("Language of the kit")
        }
        Flow {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            Repeater {
                model: LanguageController.languages

                delegate: Button {
                    id: option

                    required property var modelData
                    readonly property bool selected: kit.language === option.modelData.code

                    objectName: "kitLanguage_" + option.modelData.code
                    text: option.modelData.nativeName
                    checkable: true
                    checked: option.selected
                    font.pixelSize: Theme.fontBody
                    font.bold: option.selected
                    implicitHeight: Theme.touchTarget
                    implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + 2 * Theme.spacing)
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: option.text
                    Accessible.checked: option.selected
                    onClicked: kit.language = option.modelData.code

                    contentItem: Label {
                        text: (option.selected ? "✓ " : "") + option.text
                        font: option.font
                        color: Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: option.selected ? Theme.primarySoft : Theme.surface
                        border.color: option.visualFocus ? Theme.focus : (option.selected ? Theme.primary : Theme.border)
                        border.width: option.selected || option.visualFocus ? 3 : 1
                    }
                }
            }
        }
        Heading {
            text: qsTr("What the file will hold")
        }
        BodyText {
            text: qsTr("This is exactly what the PDF will hold. Only this person's details are in it.")
        }

        // The preview: the kit's words in the kit's language and direction, whatever the app's.
        Rectangle {
            objectName: "kitPreview"
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border
            implicitHeight: preview.implicitHeight + 2 * Theme.spacing
            Layout.fillWidth: true
            LayoutMirroring.enabled: kit.rightToLeft
            LayoutMirroring.childrenInherit: true

            ColumnLayout {
                id: preview

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacingSmall

                Label {
                    objectName: "kitTitle"
                    text: kit.title
                    color: Theme.text
                    font.pixelSize: Theme.fontHeadline
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                Label {
                    text: kit.subtitle
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                Repeater {
                    model: kit.rows

                    delegate: ColumnLayout {
                        id: line

                        required property bool heading
                        required property string label
                        required property string value

                        spacing: 0
                        Layout.fillWidth: true
                        Layout.topMargin: line.heading ? Theme.spacing : 0

                        Label {
                            visible: line.label.length > 0
                            text: line.label
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: line.heading ? "kitHeading" : "kitLine"
                            text: line.value
                            color: Theme.text
                            font.pixelSize: line.heading ? Theme.fontTitle : Theme.fontBody
                            font.bold: line.heading
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                            Accessible.role: line.heading ? Accessible.Heading : Accessible.StaticText
                        }
                    }
                }
                Label {
                    text: kit.footer
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                }
            }
        }
        Notice {
            iconName: "warning"
            objectName: "notLockedWarning"
            text: kit.canShare ? qsTr("The PDF file is not locked with your PIN. Anyone who has the file can read it. Send it only to the person it is for, save it only where you choose, and delete it when you do not need it any more.") : qsTr("The PDF file is not locked with your PIN. Anyone who has the file can read it. Save it only where you choose, and delete it when you do not need it any more.")
        }
        // On a phone: the share sheet (WhatsApp, e-mail, …), the PDF made in memory.
        PrimaryButton {
            objectName: "shareKitPdf"
            visible: kit.canShare
            text: qsTr("Send the PDF")
            onClicked: {
                root.saved = false;
                kit.sharePdf();
            }
        }
        PrimaryButton {
            objectName: "saveKitPdf"
            text: qsTr("Save as PDF")
            onClicked: {
                root.saved = false;
                saveDialog.open();
            }
        }
        StatusMessage {
            good: root.saved
            text: root.saved ? qsTr("The PDF is saved.") : kit.message
        }
    }
}
