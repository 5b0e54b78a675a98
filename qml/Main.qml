import QtQuick
import QtQuick.Controls
import Samen
import Samen.App

ApplicationWindow {
    id: root

    // Pages by name, for --screenshots, --self-test and the layout tests.
    readonly property var pageNames: ["language", "home", "eligibility", "family", "deadlines", "helper", "settings"]
    readonly property var pageComponents: ({
            "language": languagePage,
            "home": homePage,
            "eligibility": eligibilityPage,
            "family": familyPage,
            "deadlines": deadlinesPage,
            "helper": helperPage,
            "settings": settingsPage
        })

    function showPage(name) {
        const page = root.pageComponents[name];
        if (!page)
            return false;
        stack.clear(StackView.Immediate);
        if (name !== "home" && name !== "language")
            stack.push(homePage, {}, StackView.Immediate);
        stack.push(page, {}, StackView.Immediate);
        return true;
    }

    function open(name) {
        stack.push(root.pageComponents[name]);
    }

    width: 360
    height: 640
    visible: true
    title: "Samen"
    color: Theme.background
    font.pixelSize: Theme.fontBody

    LayoutMirroring.enabled: LanguageController.rightToLeft
    LayoutMirroring.childrenInherit: true

    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        text: Theme.text
        button: Theme.primary
        buttonText: Theme.primaryText
        highlight: Theme.primary
        highlightedText: Theme.primaryText
        placeholderText: Theme.textMuted
    }

    onClosing: close => {
        if (stack.depth > 1) {
            close.accepted = false;
            stack.pop();
        }
    }

    StackView {
        id: stack

        anchors.fill: parent
        initialItem: LanguageController.chosen ? homePage : languagePage
        focus: true
    }

    Component {
        id: languagePage

        LanguagePage {
            onLanguageChosen: () => root.showPage("home")
        }
    }
    Component {
        id: homePage

        HomePage {
            onOpenSection: name => root.open(name)
        }
    }
    Component {
        id: eligibilityPage

        EligibilityPage {
        }
    }
    Component {
        id: familyPage

        FamilyPage {
        }
    }
    Component {
        id: deadlinesPage

        DeadlinesPage {
        }
    }
    Component {
        id: helperPage

        HelperPage {
        }
    }
    Component {
        id: settingsPage

        SettingsPage {
        }
    }
}
