import Samen

ComingSoonPage {
    title: qsTr("Dates and deadlines")
    iconName: "deadlines"
    description: qsTr("Here you will see your important dates, such as the last day to apply. Samen will remind you in time.")
}
