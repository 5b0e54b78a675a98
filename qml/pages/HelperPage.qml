import Samen

ComingSoonPage {
    title: qsTr("Show to a helper")
    iconName: "helper"
    description: qsTr("Here you will show a short summary in Dutch to a volunteer or a lawyer, so that they can help you quickly.")
}
