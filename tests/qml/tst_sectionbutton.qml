import QtQuick
import QtTest
import Samen

Item {
    id: root

    width: 360
    height: 640

    TestCase {
        id: testCase

        // TestCase itself is invisible: objects under test live in the visible root.
        name: "SectionButton"
        when: windowShown

        Component {
            id: buttonComponent

            SectionButton {
                width: 320
                iconName: "family"
                text: "Family and documents"
                subtitle: "The papers each person needs."
            }
        }

        SignalSpy {
            id: clickSpy

            signalName: "clicked"
        }

        function test_isLargeEnoughAndClickable() {
            const button = createTemporaryObject(buttonComponent, root);
            waitForItemPolished(button);
            verify(button.height >= 48);
            verify(button.width >= 48);
            compare(button.Accessible.name, "Family and documents");
            clickSpy.target = button;
            mouseClick(button);
            compare(clickSpy.count, 1);
        }

        function test_longTextWrapsAndGrows() {
            const button = createTemporaryObject(buttonComponent, root);
            waitForItemPolished(button);
            const oneLine = button.height;
            button.subtitle = "A much longer explanation that cannot possibly fit on one line at this width, so it wraps.";
            tryVerify(() => button.height > oneLine);
        }
    }
}
