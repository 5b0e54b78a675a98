import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Samen
import Samen.App

// Day, month and year in Gregorian or the user's second calendar, in the language's digits, with
// the same day in the other calendar beside it. It starts in the calendar the user last entered
// a date in (letters from the IND: always Gregorian). The chosen day is the answer (input.valid,
// input.isoDate): a page with its own Next sets confirmButton false, other pages confirm with
// "Use this date". A day that does not exist (30 February) or that is after latestIsoDate is
// explained under the picker and never accepted. The year can be chosen or typed in any digits.
ColumnLayout {
    id: root

    property string isoDate
    property bool preferGregorian: false
    property alias latestIsoDate: input.latestIsoDate
    // The Gregorian year the year list opens at while no year is chosen.
    property int suggestedYear: new Date().getFullYear()
    property bool confirmButton: true
    readonly property alias input: input
    // The year's text field (the ComboBox's editor).
    readonly property var yearEditor: yearBox.contentItem

    signal accepted(string isoDate)

    spacing: Theme.spacing
    Layout.fillWidth: true

    function reset() {
        input.gregorian = root.preferGregorian || LanguageController.enterInGregorian;
        input.isoDate = root.isoDate;
    }

    function takeTypedYear() {
        input.setYearText(root.yearEditor.text);
    }

    // With no year chosen yet, the year list opens at a likely year, not at the newest.
    function showLikelyYears() {
        const list = yearBox.popup.contentItem;
        if (yearBox.popup.opened && yearBox.currentIndex < 0 && list instanceof ListView)
            list["positionViewAtIndex"](input.yearIndexNear(root.suggestedYear), ListView.Center);
    }

    function enterIn(gregorian) {
        input.gregorian = gregorian;
        LanguageController.enterInGregorian = gregorian;
    }

    DateInput {
        id: input

        objectName: "dateInput"
        language: LanguageController.language
        ethiopianCalendar: LanguageController.ethiopianCalendar
    }

    Component.onCompleted: root.reset()
    onIsoDateChanged: root.reset()
    onPreferGregorianChanged: root.reset()

    ColumnLayout {
        visible: input.hasLocalCalendar
        spacing: Theme.spacingSmall
        Layout.fillWidth: true

        AnswerButton {
            objectName: "localCalendarButton"
            text: input.gregorian ? input.otherCalendarName : input.calendarName
            selected: !input.gregorian
            onClicked: root.enterIn(false)
        }
        AnswerButton {
            objectName: "gregorianCalendarButton"
            text: input.gregorian ? input.calendarName : input.otherCalendarName
            selected: input.gregorian
            onClicked: root.enterIn(true)
        }
    }

    GridLayout {
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall
        Layout.fillWidth: true

        Label {
            text: qsTr("Day")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Dropdown {
            id: dayBox

            objectName: "dayBox"
            model: input.dayLabels
            currentIndex: input.day - 1
            displayText: currentIndex < 0 ? "–" : currentText
            font.pixelSize: Theme.fontTitle
            Layout.fillWidth: true
            Accessible.name: qsTr("Day")
            onActivated: index => input.day = index + 1
        }

        Label {
            text: qsTr("Month")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Dropdown {
            objectName: "monthBox"
            model: input.monthNames
            currentIndex: input.month - 1
            displayText: currentIndex < 0 ? "–" : currentText
            font.pixelSize: Theme.fontTitle
            Layout.fillWidth: true
            Accessible.name: qsTr("Month")
            onActivated: index => input.month = index + 1
        }

        Label {
            text: qsTr("Year")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Dropdown {
            id: yearBox

            objectName: "yearBox"
            model: input.yearLabels
            currentIndex: input.yearIndex(input.year)
            editable: true
            inputMethodHints: Theme.privateTextHints | Qt.ImhPreferNumbers
            font.pixelSize: Theme.fontTitle
            Layout.fillWidth: true
            Accessible.name: qsTr("Year")
            onActivated: index => input.year = input.yearAt(index)
            onAccepted: input.setYearText(editText)
            // Typed in (any digits): a text field instead of the dropdown's wrapping label.
            contentItem: TextField {
                text: yearBox.editText
                font: yearBox.font
                color: Theme.text
                inputMethodHints: Theme.privateTextHints | Qt.ImhPreferNumbers
                selectByMouse: true
                verticalAlignment: Text.AlignVCenter
                leftPadding: yearBox.mirrored ? yearBox.indicator.width + Theme.spacingSmall : 0
                rightPadding: yearBox.mirrored ? 0 : yearBox.indicator.width + Theme.spacingSmall
                background: null
            }
            Component.onCompleted: {
                yearBox.popup.openedChanged.connect(root.showLikelyYears);
                // Only what the user types is a year, not the list re-labelling itself.
                root.yearEditor.textEdited.connect(root.takeTypedYear);
            }
        }
    }

    BodyText {
        objectName: "otherCalendarText"
        visible: input.valid && input.otherCalendarText.length > 0 && input.hasLocalCalendar
        text: input.otherCalendarName + ": " + input.otherCalendarText
        color: Theme.textMuted
    }

    Notice {
        objectName: "dateProblem"
        visible: input.problem.length > 0
        iconName: "answer-no"
        text: input.problem
    }

    AnswerButton {
        objectName: "dateOkButton"
        visible: root.confirmButton
        text: qsTr("Use this date")
        iconName: "answer-yes"
        enabled: input.valid
        opacity: enabled ? 1 : 0.5
        onClicked: root.accepted(input.isoDate)
    }
}
