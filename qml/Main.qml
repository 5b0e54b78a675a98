import QtQuick
import QtQuick.Controls.Basic
import Samen
import Samen.App

ApplicationWindow {
    id: root

    // Pages by name, for --screenshots, --self-test and the layout tests. Each page file is
    // loaded when it is first shown, so start-up loads only the first page.
    readonly property var pageNames: ["language", "home", "eligibility", "interview", "result", "family", "deadlines", "helper", "settings"]
    readonly property var pageFiles: ({
            "language": "pages/LanguagePage.qml",
            "home": "pages/HomePage.qml",
            "eligibility": "pages/EligibilityPage.qml",
            "interview": "pages/interview/InterviewPage.qml",
            "result": "pages/interview/ResultPage.qml",
            "family": "pages/FamilyPage.qml",
            "deadlines": "pages/DeadlinesPage.qml",
            "helper": "pages/HelperPage.qml",
            "settings": "pages/SettingsPage.qml"
        })

    function push(name, operation) {
        const page = stack.push(Qt.resolvedUrl(root.pageFiles[name]), {}, operation);
        if (name === "home")
            page.openSection.connect(root.open);
        else if (name === "language")
            page.languageChosen.connect(() => root.showPage("home"));
        return page;
    }

    function showPage(name) {
        if (!root.pageFiles[name])
            return false;
        stack.clear(StackView.Immediate);
        if (name !== "home" && name !== "language")
            root.push("home", StackView.Immediate);
        root.push(name, StackView.Immediate);
        return true;
    }

    function open(name) {
        root.push(name, StackView.PushTransition);
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
        focus: true
        Component.onCompleted: root.push(LanguageController.chosen ? "home" : "language", StackView.Immediate)
    }
}
