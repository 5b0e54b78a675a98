import QtQuick
import QtQuick.Layouts
import Samen

// What a family page shows before any family member exists: why it is empty and the way to
// the eligibility questions, where every family member is added.
ColumnLayout {
    id: root

    signal addMember

    spacing: Theme.spacing
    Layout.fillWidth: true

    IconTile {
        iconName: "family"
        size: Theme.iconTileSize * 1.5
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacing
    }
    BodyText {
        objectName: "familyEmptyText"
        text: qsTr("No family members yet. Add them with the questions about your family. Then you see here which papers each person needs.")
    }
    PrimaryButton {
        objectName: "emptyAddMemberButton"
        text: qsTr("Add a family member")
        onClicked: root.addMember()
    }
}
