import QtQuick
import QtQuick.Controls.Basic
import Samen
import Samen.App

ApplicationWindow {
    id: root

    // Pages by name, for --screenshots, --self-test and the layout tests. Each page file is
    // loaded when it is first shown, so start-up loads only the first page.
    readonly property var pageNames: Object.keys(root.pageFiles)
    readonly property bool hasLanguage: LanguageController.chosen
    readonly property var pageFiles: ({
            "language": "pages/LanguagePage.qml",
            "setup": "pages/vault/SetupPage.qml",
            "unlock": "pages/vault/UnlockPage.qml",
            "forgot": "pages/vault/ForgotPage.qml",
            "corrupt": "pages/vault/CorruptPage.qml",
            "home": "pages/HomePage.qml",
            "eligibility": "pages/EligibilityPage.qml",
            "interview": "pages/interview/InterviewPage.qml",
            "result": "pages/interview/ResultPage.qml",
            "family": "pages/FamilyPage.qml",
            "member": "pages/family/MemberPage.qml",
            "document": "pages/family/DocumentPage.qml",
            "deadlines": "pages/DeadlinesPage.qml",
            "timeline": "pages/timeline/TimelinePage.qml",
            "adddeadline": "pages/timeline/AddDeadlinePage.qml",
            "letters": "pages/letters/LettersPage.qml",
            "letter": "pages/letters/LetterPage.qml",
            "reader": "pages/letters/ReaderPage.qml",
            "helper": "pages/HelperPage.qml",
            "helperview": "pages/HelperViewPage.qml",
            "kit": "pages/kit/KitPage.qml",
            "journey": "pages/journey/JourneyPage.qml",
            "journeyhelp": "pages/journey/HelpPage.qml",
            "glossary": "pages/journey/GlossaryPage.qml",
            "costs": "pages/journey/CostsPage.qml",
            "settings": "pages/SettingsPage.qml",
            "changepin": "pages/vault/ChangePinPage.qml",
            "backup": "pages/vault/BackupPage.qml",
            "restore": "pages/vault/RestorePage.qml",
            "erase": "pages/vault/ErasePage.qml",
            "documentfiles": "pages/documents/DocumentFilesPage.qml",
            "viewer": "pages/documents/ViewerPage.qml",
            "camera": "pages/documents/CameraPage.qml",
            "photocheck": "pages/documents/PhotoCheckPage.qml"
        })
    // Pages that stand alone; every other page is shown above the home page.
    readonly property var startPages: ["language", "setup", "unlock", "corrupt", "home"]
    // What the encrypted store allows: the app starts there and returns there when it changes.
    readonly property string vaultGate: {
        switch (VaultController.state) {
        case VaultController.NoVault:
            return "setup";
        case VaultController.Locked:
            return "unlock";
        case VaultController.Corrupt:
            return "corrupt";
        default:
            return "home";
        }
    }

    function firstInTimeline() {
        return TimelineController.members.length > 0 ? TimelineController.members[0].memberId : 0;
    }

    // The subject a page opened by name shows (--screenshots, --self-test, the layout tests):
    // the first member and their first paper.
    function subjectOf(name) {
        const memberId = FamilyController.firstMemberId();
        switch (name) {
        case "member":
        case "kit":
            return {
                "memberId": memberId
            };
        case "timeline":
        case "letters":
        case "reader":
            return {
                "memberId": root.firstInTimeline()
            };
        case "letter":
            return {
                "memberId": root.firstInTimeline(),
                "forEveryone": false,
                "letterId": "missingItems"
            };
        case "document":
            return {
                "memberId": memberId,
                "documentId": FamilyController.firstDocumentId(memberId)
            };
        case "documentfiles":
        case "viewer":
        case "camera":
            return {
                "documentId": FamilyController.firstDocumentId(memberId)
            };
        default:
            return {};
        }
    }

    // A page asks for another with openPage(name), or openPage(name, properties) when the page
    // it opens takes its subject (the member page its memberId); without properties a page
    // opened by name shows subjectOf(name).
    function push(name, operation, properties) {
        const page = stack.push(Qt.resolvedUrl(root.pageFiles[name]), properties ?? root.subjectOf(name), operation);
        if (page.openPage)
            page.openPage.connect(root.open);
        if (name === "language")
            page.languageChosen.connect(root.showStart);
        return page;
    }

    // Shows page @p name above the home page, with @p properties as its subject (undefined:
    // subjectOf(name)).
    function showPage(name, properties) {
        if (!root.pageFiles[name])
            return false;
        stack.clear(StackView.Immediate);
        if (!root.startPages.includes(name))
            root.push("home", StackView.Immediate);
        root.push(name, StackView.Immediate, properties);
        return true;
    }

    function showStart() {
        stack.clear(StackView.Immediate);
        root.push(LanguageController.chosen ? root.vaultGate : "language", StackView.Immediate);
    }

    function open(name, properties) {
        return root.push(name, StackView.PushTransition, properties);
    }

    // After an erase the language is asked again, as on the first start.
    onHasLanguageChanged: {
        if (!root.hasLanguage)
            root.showStart();
    }
    onVaultGateChanged: {
        if (LanguageController.chosen)
            root.showStart();
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
        // Per group: a plain Button that cannot be used must not look like one that can. (Set
        // without a group, "button" would overwrite the disabled group too.)
        active.button: Theme.primary
        inactive.button: Theme.primary
        disabled.button: Theme.disabledSurface
        active.buttonText: Theme.primaryText
        inactive.buttonText: Theme.primaryText
        disabled.buttonText: Theme.textMuted
        // The Basic style draws a highlighted list row (Qt's file chooser) in "light" with
        // "highlightedText", and a text selection in "highlight" with "highlightedText": dark
        // text on light blue for both.
        light: Theme.primarySoft
        highlight: Theme.primarySoft
        highlightedText: Theme.text
        placeholderText: Theme.textMuted
    }

    onClosing: close => {
        if (stack.currentItem && stack.currentItem.blocksLeaving) {
            // The helper view is left only with the PIN (its own button), never with Back.
            close.accepted = false;
            return;
        }
        if (stack.depth > 1) {
            close.accepted = false;
            stack.pop();
        }
    }

    DemoBanner {
        id: demoBanner

        width: parent.width
    }

    StackView {
        id: stack

        anchors.fill: parent
        anchors.topMargin: demoBanner.height
        focus: true
        Component.onCompleted: root.showStart()
        // Leaving a page stops what it was reading aloud.
        onCurrentItemChanged: ReadAloud.stop()
    }

    // Made only when it is to be said: the first frame does not wait for a dialog it does not show.
    Loader {
        active: ReadAloud.noVoiceNote
        sourceComponent: NoVoiceNote {
        }
    }
}
