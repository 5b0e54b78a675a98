import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// Where one family member is now: the phase's name, what happens, what the user can do now,
// what the family abroad does, how long it usually takes (only where a source says), the open
// dates of this phase, and the support texts offered for it, closed until the user opens one.
Control {
    id: root

    required property phaseInfo phase
    required property SupportModel support

    padding: Theme.spacing
    Layout.fillWidth: true

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
        border.width: 2
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        BodyText {
            text: qsTr("Where you are now")
            color: Theme.textMuted
        }
        Heading {
            objectName: "phaseTitle"
            text: root.phase.title
        }
        TermText {
            visible: root.phase.what.length > 0
            plainText: root.phase.what
        }
        BodyText {
            visible: root.phase.now.length > 0
            text: qsTr("What you can do now")
            font.bold: true
        }
        TermText {
            objectName: "phaseNow"
            visible: root.phase.now.length > 0
            plainText: root.phase.now
        }
        BodyText {
            visible: root.phase.abroad.length > 0
            text: qsTr("What your family abroad does")
            font.bold: true
        }
        TermText {
            visible: root.phase.abroad.length > 0
            plainText: root.phase.abroad
        }
        BodyText {
            objectName: "phaseDuration"
            visible: root.phase.duration.length > 0
            text: root.phase.duration
            color: Theme.textMuted
        }
        Repeater {
            model: root.phase.dates

            delegate: BodyText {
                required property string modelData

                objectName: "phaseDate"
                text: modelData
                font.bold: true
            }
        }
        Repeater {
            model: root.support

            delegate: SupportOffer {
            }
        }
    }
}
