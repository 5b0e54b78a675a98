import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// The helper view: the dossier in Dutch or English, read-only, in large type, with no photos.
// Only the language switch works freely; leaving needs the PIN (Main.qml blocks Back meanwhile).
Page {
    id: root

    readonly property var summary: HelperController.summary
    readonly property var labels: HelperController.labels
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

                text: root.labels.title || ""
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
                text: root.labels.disclaimer || ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Heading {
                text: root.labels.referent || ""
                font.pixelSize: Theme.fontHeadline
            }
            HelperFact {
                label: root.labels.name || ""
                value: root.summary.referentName || ""
                strong: true
            }
            HelperFact {
                label: root.labels.latinName || ""
                value: root.summary.referentLatinName || ""
                strong: true
            }
            HelperFact {
                label: root.labels.protection || ""
                value: root.summary.protection || ""
            }
            HelperFact {
                label: root.labels.decisionDate || ""
                value: root.summary.decisionDate || ""
            }

            Heading {
                text: root.labels.deadlines || ""
                font.pixelSize: Theme.fontHeadline
            }
            HelperFact {
                label: root.labels.deadlines || ""
                value: root.labels.noDeadlines || ""
                visible: (root.summary.deadlines || []).length === 0
            }
            Repeater {
                model: root.summary.deadlines || []

                delegate: HelperFact {
                    id: deadlineFact

                    required property var modelData
                    readonly property var words: HelperController.labels

                    label: deadlineFact.modelData.date + " · " + deadlineFact.modelData.whom
                    value: deadlineFact.modelData.what + (deadlineFact.modelData.ownLabel ? "\n“" + deadlineFact.modelData.ownLabel + "” — " + deadlineFact.words.ownNote : "")
                    strong: true
                }
            }

            Heading {
                text: root.labels.members || ""
                font.pixelSize: Theme.fontHeadline
            }
            HelperFact {
                label: root.labels.members || ""
                value: root.labels.noMembers || ""
                visible: (root.summary.members || []).length === 0
            }
            Repeater {
                model: root.summary.members || []

                delegate: Rectangle {
                    id: card

                    required property var modelData
                    readonly property var words: HelperController.labels

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
                            text: card.modelData.title
                            color: Theme.text
                            font.pixelSize: Theme.fontHeadline
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: card.modelData.name !== card.modelData.title ? card.modelData.name : ""
                            color: Theme.text
                            font.pixelSize: Theme.fontHeadline
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        HelperFact {
                            label: card.words.relation
                            value: card.modelData.relation
                        }
                        HelperFact {
                            label: card.words.birthDate
                            value: card.modelData.birthDate
                        }
                        HelperFact {
                            label: card.words.verdict
                            value: card.modelData.outcome
                            strong: true
                        }
                        HelperFact {
                            label: card.words.source
                            value: card.modelData.ruleSource
                        }
                        HelperFact {
                            label: card.words.stage
                            value: card.modelData.stage
                        }
                        HelperFact {
                            label: card.words.documentsReady
                            value: card.modelData.documentsReady.length ? card.modelData.documentsReady.join("\n") : card.words.none
                        }
                        HelperFact {
                            label: card.words.documentsMissing
                            value: card.modelData.documentsMissing.length ? card.modelData.documentsMissing.join("\n") : card.words.none
                        }
                        Repeater {
                            model: card.modelData.notes

                            delegate: HelperFact {
                                id: noteFact

                                required property var modelData
                                readonly property var words: HelperController.labels

                                label: noteFact.words.ownNote + (noteFact.modelData.about ? " · " + noteFact.modelData.about : "")
                                value: "“" + noteFact.modelData.text + "”"
                                ownWords: true
                            }
                        }
                    }
                }
            }
            Label {
                visible: (root.summary.exportDate || "").length > 0
                text: (root.labels.rulesAsOf || "") + " " + (root.summary.rulesAsOf || "") + " · " + (root.labels.exported || "") + " " + (root.summary.exportDate || "")
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
