import Samen

ComingSoonPage {
    title: qsTr("Family and documents")
    iconName: "family"
    description: qsTr("Here you will add your family members. For each person you will see which papers are needed. You can keep photos of the papers safely in this app.")
}
