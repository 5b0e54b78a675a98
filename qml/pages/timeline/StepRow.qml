pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// One row of the steps page's list (StepListModel): a member to choose, the chosen member's
// phase (with the letter button and the steps' heading), or one of their steps. Only the part
// of its kind is made (a row keeps its kind: the list makes a new row for another one). Made with
// createObject, not a Loader: a Loader of Qt 6.4 cannot make this file's bound components.
Item {
    id: row

    required property int kind
    required property double memberId
    required property string memberName
    required property string stageId
    required property string name
    required property string explanation
    required property string opens
    required property string dateIso
    required property string dateText
    required property string otherDateText
    required property bool hasDate
    required property bool mayBeFuture
    required property bool last
    // The member whose steps are shown, their phase and its support texts.
    property double chosenId: 0
    property phaseInfo phase
    property SupportModel support

    signal memberChosen(double memberId)
    signal letterCame
    signal editRequested(string stageId, string name, string dateIso)

    property Item part: null

    implicitHeight: row.part ? row.part.implicitHeight : 0
    Component.onCompleted: {
        const kind = row.kind === StepRowKind.Member ? memberChoice : (row.kind === StepRowKind.Phase ? phaseRow : stageRow);
        row.part = kind.createObject(row, {
            "width": Qt.binding(() => row.width)
        }) as Item;
    }

    Component {
        id: memberChoice

        AnswerButton {
            objectName: "stepsMember_" + row.memberId
            text: row.memberName
            selected: row.memberId === row.chosenId
            onClicked: row.memberChosen(row.memberId)
        }
    }

    Component {
        id: phaseRow

        ColumnLayout {
            spacing: Theme.spacing

            PhaseCard {
                objectName: "phaseCard"
                phase: row.phase
                support: row.support
            }
            SecondaryButton {
                objectName: "letterCameButton"
                text: qsTr("A letter from the IND came")
                onClicked: row.letterCame()
            }
            Heading {
                text: qsTr("All steps")
            }
        }
    }

    Component {
        id: stageRow

        StageStep {
            stageId: row.stageId
            name: row.name
            explanation: row.explanation
            opens: row.opens
            dateIso: row.dateIso
            dateText: row.dateText
            otherDateText: row.otherDateText
            hasDate: row.hasDate
            mayBeFuture: row.mayBeFuture
            last: row.last
            onEditRequested: (stageId, name, dateIso) => row.editRequested(stageId, name, dateIso)
        }
    }
}
