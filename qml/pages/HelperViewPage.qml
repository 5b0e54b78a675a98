pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The helper view: the dossier in Dutch or English, read-only, in large type, with no photos.
// Only the language switch works freely; leaving needs the PIN (Main.qml blocks Back meanwhile).
Page {
    id: root

    readonly property helperSummary summary: HelperController.summary
    readonly property helperLabels labels: HelperController.labels
    property bool asking: false
    // Main.qml refuses Back and window close while this page is on top.
    readonly property bool blocksLeaving: true

    objectName: "helperView"

    function checkFinished(operation, ok) {
        if (operation !== VaultController.CheckSecret)
            return;
        pin.clear();
        if (ok)
            root.StackView.view.pop();
    }

    Component.onCompleted: {
        VaultController.clearMessage();
        VaultController.finished.connect(root.checkFinished);
    }
    Component.onDestruction: VaultController.finished.disconnect(root.checkFinished)

    background: Rectangle {
        color: Theme.surface
    }

    header: ToolBar {
        contentHeight: Math.max(Theme.touchTarget, heading.implicitHeight)
        background: Rectangle {
            color: Theme.primary
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacingSmall
            spacing: Theme.spacingSmall
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true

            Label {
                id: heading

                text: root.labels.title
                color: Theme.primaryText
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: [{
                        "code": "nl",
                        "name": "NL",
                        "full": "Nederlands"
                    }, {
                        "code": "en",
                        "name": "EN",
                        "full": "English"
                    }]

                delegate: Button {
                    id: switchButton

                    required property var modelData

                    objectName: "language_" + switchButton.modelData.code
                    text: switchButton.modelData.name
                    checkable: true
                    checked: HelperController.language === switchButton.modelData.code
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: switchButton.modelData.full
                    onClicked: HelperController.language = switchButton.modelData.code

                    contentItem: Label {
                        text: switchButton.text
                        font: switchButton.font
                        color: switchButton.checked ? Theme.primary : Theme.primaryText
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: switchButton.checked ? Theme.primaryText : "transparent"
                        border.color: Theme.primaryText
                        border.width: 2
                    }
                }
            }
        }
    }

    Flickable {
        id: flickable

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {
        }

        ColumnLayout {
            id: column

            width: Math.min(flickable.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            x: (flickable.width - width) / 2
            y: Theme.spacing
            spacing: Theme.spacing
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true

            Label {
                text: root.labels.disclaimer
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Heading {
                text: root.labels.referent
                font.pixelSize: Theme.fontHeadline
            }
            HelperFact {
                label: root.labels.name
                value: root.summary.referentName
                strong: true
            }
            HelperFact {
                label: root.labels.latinName
                value: root.summary.referentLatinName
                strong: true
            }
            HelperFact {
                label: root.labels.protection
                value: root.summary.protection
            }
            HelperFact {
                label: root.labels.decisionDate
                value: root.summary.decisionDate
            }

            Heading {
                text: root.labels.deadlines
                font.pixelSize: Theme.fontHeadline
            }
            HelperFact {
                label: root.labels.deadlines
                value: root.labels.noDeadlines
                visible: deadlineList.count === 0
            }
            Repeater {
                id: deadlineList

                model: HelperController.deadlines

                delegate: HelperFact {
                    id: deadlineFact

                    required property string date
                    required property string whom
                    required property string what
                    required property string ownLabel

                    label: deadlineFact.date + " · " + deadlineFact.whom
                    value: deadlineFact.what + (deadlineFact.ownLabel ? "\n“" + deadlineFact.ownLabel + "” — " + root.labels.ownNote : "")
                    strong: true
                }
            }

            Heading {
                text: root.labels.members
                font.pixelSize: Theme.fontHeadline
            }
            HelperFact {
                label: root.labels.members
                value: root.labels.noMembers
                visible: memberList.count === 0
            }
            Repeater {
                id: memberList

                model: HelperController.members

                delegate: Rectangle {
                    id: card

                    required property string title
                    required property string name
                    required property string relation
                    required property string birthDate
                    required property string outcome
                    required property string ruleSource
                    required property string stage
                    required property var documentsReady
                    required property var documentsMissing
                    required property var noteAbouts
                    required property var noteTexts

                    color: Theme.background
                    radius: Theme.radius
                    border.color: Theme.border
                    implicitHeight: facts.implicitHeight + 2 * Theme.spacing
                    Layout.fillWidth: true

                    ColumnLayout {
                        id: facts

                        x: Theme.spacing
                        y: Theme.spacing
                        width: card.width - 2 * Theme.spacing
                        spacing: Theme.spacingSmall

                        Label {
                            objectName: "memberTitle"
                            text: card.title
                            color: Theme.text
                            font.pixelSize: Theme.fontHeadline
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: card.name !== card.title ? card.name : ""
                            color: Theme.text
                            font.pixelSize: Theme.fontHeadline
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        HelperFact {
                            label: root.labels.relation
                            value: card.relation
                        }
                        HelperFact {
                            label: root.labels.birthDate
                            value: card.birthDate
                        }
                        HelperFact {
                            label: root.labels.verdict
                            value: card.outcome
                            strong: true
                        }
                        HelperFact {
                            label: root.labels.source
                            value: card.ruleSource
                        }
                        HelperFact {
                            label: root.labels.stage
                            value: card.stage
                        }
                        HelperFact {
                            label: root.labels.documentsReady
                            value: card.documentsReady.length ? card.documentsReady.join("\n") : root.labels.none
                        }
                        HelperFact {
                            label: root.labels.documentsMissing
                            value: card.documentsMissing.length ? card.documentsMissing.join("\n") : root.labels.none
                        }
                        Repeater {
                            model: card.noteTexts

                            delegate: HelperFact {
                                id: noteFact

                                required property int index
                                required property string modelData
                                readonly property string about: card.noteAbouts[noteFact.index]

                                label: root.labels.ownNote + (noteFact.about ? " · " + noteFact.about : "")
                                value: "“" + noteFact.modelData + "”"
                                ownWords: true
                            }
                        }
                    }
                }
            }
            Label {
                visible: (root.summary.exportDate).length > 0
                text: (root.labels.rulesAsOf) + " " + (root.summary.rulesAsOf) + " · " + (root.labels.exported) + " " + (root.summary.exportDate)
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }

            // The way out, for the phone's owner: in the app's language, and only with the PIN.
            ColumnLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                LayoutMirroring.enabled: LanguageController.rightToLeft
                LayoutMirroring.childrenInherit: true

                SecondaryButton {
                    objectName: "leaveHelperView"
                    visible: !root.asking
                    text: qsTr("Close the summary (PIN needed)")
                    onClicked: {
                        VaultController.clearMessage();
                        root.asking = true;
                        pin.forceActiveFocus();
                    }
                }
                SecretField {
                    id: pin

                    visible: root.asking
                    digitsOnly: !VaultController.usesPassphrase
                    label: VaultController.usesPassphrase ? qsTr("Type your password to close the summary") : qsTr("Type your PIN to close the summary")
                    onAccepted: closeButton.clicked()
                }
                BodyText {
                    visible: root.asking && VaultController.message.length > 0
                    text: VaultController.message
                    color: Theme.danger
                    font.bold: true
                }
                PrimaryButton {
                    id: closeButton

                    objectName: "confirmLeave"
                    visible: root.asking
                    text: qsTr("Close the summary")
                    enabled: pin.text.length > 0 && !VaultController.busy && VaultController.secondsToWait === 0
                    onClicked: VaultController.checkSecret(pin.text)
                }
            }
        }
    }
}
