import QtQuick
import QtQuick.Layouts
import Samen

// A supportive text offered in a phase (the wait, a refusal): closed until the user opens it,
// with the organisations it points to.
ColumnLayout {
    id: root

    required property string supportId
    required property string title
    required property string text
    required property string helpNames

    objectName: "support_" + root.supportId
    Layout.fillWidth: true

    WhyBox {
        title: root.title
        text: root.helpNames.length > 0 ? qsTr("%1\n\nWho can help: %2").arg(root.text).arg(root.helpNames) : root.text
    }
}
