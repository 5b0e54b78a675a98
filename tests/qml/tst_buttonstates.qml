import QtQuick
import QtTest
import Samen

Item {
    id: root

    width: 360
    height: 640

    TestCase {
        name: "ButtonStates"
        when: windowShown

        Component {
            id: primary

            PrimaryButton {
                width: 320
                text: "Next"
            }
        }
        Component {
            id: secondary

            SecondaryButton {
                width: 320
                text: "Previous question"
            }
        }
        Component {
            id: dangerous

            SecondaryButton {
                width: 320
                danger: true
                text: "Erase everything"
            }
        }
        Component {
            id: answer

            AnswerButton {
                width: 320
                iconName: "answer-yes"
                text: "Use this date"
            }
        }
        Component {
            id: section

            SectionButton {
                width: 320
                iconName: "family"
                text: "Family and documents"
                subtitle: "The papers each person needs."
            }
        }

        function test_disabledLooksDisabled_data() {
            return [{
                    "tag": "PrimaryButton",
                    "component": primary
                }, {
                    "tag": "SecondaryButton",
                    "component": secondary
                }, {
                    "tag": "SecondaryButton danger",
                    "component": dangerous
                }, {
                    "tag": "AnswerButton",
                    "component": answer
                }, {
                    "tag": "SectionButton",
                    "component": section
                }];
        }

        // A button that cannot be used differs from the usable one in most of its pixels (its
        // surface, not only a thin line), so nobody taps it and wonders why nothing happens.
        function test_disabledLooksDisabled(data) {
            const button = createTemporaryObject(data.component, root);
            waitForItemPolished(button);
            const enabledLook = grabImage(button);
            button.enabled = false;
            waitForItemPolished(button);
            const disabledLook = grabImage(button);
            let differing = 0;
            let all = 0;
            for (let y = 2; y < button.height - 2; y += 4) {
                for (let x = 2; x < button.width - 2; x += 4) {
                    ++all;
                    if (!Qt.colorEqual(enabledLook.pixel(x, y), disabledLook.pixel(x, y)))
                        ++differing;
                }
            }
            verify(differing > all / 2, data.tag + ": only " + differing + " of " + all + " sampled pixels differ");
        }
    }
}
