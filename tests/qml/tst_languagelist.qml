import QtQuick
import QtQuick.Controls
import QtTest
import Samen
import Samen.App

Item {
    id: root

    width: 360
    height: 640

    TestCase {
        id: testCase

        // TestCase itself is invisible: objects under test live in the visible root.
        name: "LanguageList"
        when: windowShown

        Component {
            id: listComponent

            LanguageList {
                width: 300
            }
        }

        function options(list) {
            const found = [];
            for (let i = 0; i < list.children.length; ++i) {
                if (list.children[i] instanceof AbstractButton)
                    found.push(list.children[i]);
            }
            return found;
        }

        function test_showsFiveLanguagesInTheirOwnScript() {
            const list = createTemporaryObject(listComponent, root);
            verify(list);
            const names = LanguageController.languages.map(language => language.nativeName);
            compare(names, ["العربية", "ትግርኛ", "دری", "Nederlands", "English"]);
            compare(options(list).map(option => option.text), names);
        }

        function test_tapChoosesThatLanguage() {
            const list = createTemporaryObject(listComponent, root);
            LanguageController.choose("en");
            waitForItemPolished(list);
            const tigrinya = options(list).find(option => option.text === "ትግርኛ");
            verify(tigrinya);
            verify(tigrinya.height >= 48, "touch target");
            mouseClick(tigrinya);
            compare(LanguageController.language, "ti");
            verify(tigrinya.Accessible.checked);
            LanguageController.choose("en");
        }
    }
}
