import Samen

ComingSoonPage {
    title: qsTr("Who can come?")
    iconName: "eligibility"
    description: qsTr("Here you will answer simple questions, one at a time. Then Samen shows who in your family can come, and by which date you must apply.")
}
