import QtQuick
import QtTest
import Samen
import Samen.App

// Switching the language retranslates the visible page at once and mirrors it for RTL.
Item {
    id: root

    width: 360
    height: 640

    TestCase {
        id: testCase

        // TestCase itself is invisible: objects under test live in the visible root.
        name: "LanguageSwitch"
        when: windowShown

        Component {
            id: homeComponent

            HomePage {
                width: 360
                height: 640
            }
        }

        function cleanup() {
            LanguageController.choose("en");
        }

        function test_switchRetranslatesWithoutRestart_data() {
            return [{
                    "tag": "nl",
                    "code": "nl",
                    "title": "Wie mag komen?",
                    "rtl": false
                }, {
                    "tag": "ar",
                    "code": "ar",
                    "title": "مَن يمكنه القدوم؟",
                    "rtl": true
                }, {
                    "tag": "fa_AF",
                    "code": "fa_AF",
                    "title": "چه کسی می‌تواند بیاید؟",
                    "rtl": true
                }, {
                    "tag": "ti",
                    "code": "ti",
                    "title": "መን ክመጽእ ይኽእል?",
                    "rtl": false
                }, {
                    "tag": "en",
                    "code": "en",
                    "title": "Who can come?",
                    "rtl": false
                }];
        }
        function test_switchRetranslatesWithoutRestart(data) {
            const home = createTemporaryObject(homeComponent, root);
            const button = findChild(home, "eligibilityButton");
            verify(button);
            LanguageController.choose(data.code);
            compare(LanguageController.language, data.code);
            compare(button.text, data.title);
            compare(LanguageController.rightToLeft, data.rtl);
            compare(Qt.application.layoutDirection, data.rtl ? Qt.RightToLeft : Qt.LeftToRight);
            verify(LanguageController.chosen);
        }

        function test_unknownCodeChangesNothing() {
            LanguageController.choose("nl");
            LanguageController.choose("xx");
            compare(LanguageController.language, "nl");
        }
    }
}
