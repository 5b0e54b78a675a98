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

    // Whether the router prepares the page most likely opened next in idle time (see
    // PreparedPages; bench_pages turns it off to compare).
    property bool preparesPages: true
    // The pages prepared from each page; the unlock page prepares Home only while the vault is
    // locked, Home its pages only while it is open.
    readonly property var nextPages: ({
            "unlock": ["home"],
            "home": ["family", "deadlines"]
        })
    // The unlock and home pages last pushed (null once destroyed), to know when one is shown.
    property Item unlockPage: null
    property Item homePage: null
    // The pages to prepare once the next frame is on screen (see prepareAfterFrame).
    property var pagesToPrepare: []
    // While push() puts a page on the stack: it asks for the next pages itself, once it knows
    // which page it pushed, so the stack's change of page does not ask first.
    property bool pushing: false

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
    // opened by name shows subjectOf(name). A page prepared with the same subject is pushed as it
    // is, and destroyed when it leaves the stack (the view only lends it); any other page is made
    // by the view.
    function push(name, operation, properties) {
        const subject = properties ?? root.subjectOf(name);
        const prepared = preparedPages.take(name, subject);
        root.pushing = true;
        let page = null;
        try {
            page = prepared ? stack.push(prepared, operation) : stack.push(Qt.resolvedUrl(root.pageFiles[name]), subject, operation);
        } finally {
            root.pushing = false;
        }
        if (prepared)
            page.StackView.removed.connect(() => preparedPages?.release(page));
        if (name === "unlock")
            root.unlockPage = page;
        else if (name === "home")
            root.homePage = page;
        root.prepareNextPages();
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

    // Asks for the pages most likely opened next from the page now shown, while the vault is in
    // the state that page belongs to; they are prepared after its first frame.
    function prepareNextPages() {
        const current = stack.currentItem;
        const locked = VaultController.state === VaultController.Locked;
        const open = VaultController.state === VaultController.Unlocked;
        if (!root.preparesPages || !current)
            root.prepareAfterFrame([]);
        else if (current === root.unlockPage && locked)
            root.prepareAfterFrame(root.nextPages["unlock"]);
        else if (current === root.homePage && open)
            root.prepareAfterFrame(root.nextPages["home"]);
        else
            root.prepareAfterFrame([]);
    }

    // The frame that shows a page comes first: @p names are prepared after the next frame
    // (the window's frameSwapped is listened to only while there are some).
    function prepareAfterFrame(names) {
        const waiting = root.pagesToPrepare.length > 0;
        root.pagesToPrepare = names;
        if (!waiting && names.length > 0)
            root.frameSwapped.connect(root.preparePages);
        else if (waiting && names.length === 0)
            root.frameSwapped.disconnect(root.preparePages);
    }

    function preparePages() {
        const names = root.pagesToPrepare;
        root.prepareAfterFrame([]);
        for (const name of names)
            preparedPages.prepare(name, Qt.resolvedUrl(root.pageFiles[name]), root.subjectOf(name));
    }

    // After an erase the language is asked again, as on the first start.
    onHasLanguageChanged: {
        if (!root.hasLanguage)
            root.showStart();
    }
    onVaultGateChanged: {
        // Locked (or gone): nothing made while it was open stays, shown or prepared.
        if (root.vaultGate !== "home") {
            root.prepareAfterFrame([]);
            preparedPages.discardAll();
        }
        if (LanguageController.chosen)
            root.showStart();
    }

    onPreparesPagesChanged: {
        if (!root.preparesPages) {
            root.prepareAfterFrame([]);
            preparedPages.discardAll();
        }
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
        onCurrentItemChanged: {
            ReadAloud.stop();
            if (!root.pushing)
                root.prepareNextPages();
        }
    }

    PreparedPages {
        id: preparedPages

        objectName: "preparedPages"
        anchors.fill: stack
    }

    // Made only when it is to be said, from its file: the first frame does not wait for a dialog
    // it does not show (an inline component is compiled with this file, its imports with it).
    Loader {
        active: ReadAloud.noVoiceNote
        source: "components/NoVoiceNote.qml"
    }
}
