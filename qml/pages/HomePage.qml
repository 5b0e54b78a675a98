import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen

// The start screen: one button per part of the app.
AppPage {
    id: root

    signal openPage(string name)

    title: "Samen"

    BodyText {
        text: qsTr("Bring your family to the Netherlands, step by step.")
    }

    SectionButton {
        objectName: "eligibilityButton"
        iconName: "eligibility"
        text: qsTr("Who can come?")
        subtitle: qsTr("Answer simple questions about your family.")
        onClicked: root.openPage("eligibility")
    }
    SectionButton {
        objectName: "familyButton"
        iconName: "family"
        text: qsTr("Family and documents")
        subtitle: qsTr("The papers each person needs.")
        onClicked: root.openPage("family")
    }
    SectionButton {
        objectName: "deadlinesButton"
        iconName: "deadlines"
        text: qsTr("Dates and deadlines")
        subtitle: qsTr("Apply in time. Samen reminds you.")
        onClicked: root.openPage("deadlines")
    }
    SectionButton {
        objectName: "helperButton"
        iconName: "helper"
        text: qsTr("Show to a helper")
        subtitle: qsTr("A short summary in Dutch for a volunteer.")
        onClicked: root.openPage("helper")
    }
    SectionButton {
        objectName: "settingsButton"
        iconName: "settings"
        text: qsTr("Settings")
        subtitle: qsTr("Language, and about this app.")
        onClicked: root.openPage("settings")
    }
}
