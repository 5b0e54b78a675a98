import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Samen

// A PIN field in an Arabic (mirrored) page keeps one alignment whatever digits are typed: it once
// went right for Arabic-Indic digits and left for Western ones, so the two PIN fields of the setup
// page did not line up.
Item {
    id: root

    width: 360
    height: 640
    LayoutMirroring.enabled: true
    LayoutMirroring.childrenInherit: true

    TestCase {
        function test_alignmentFollowsThePageNotTheDigits_data() {
            return [
                {
                    tag: "Arabic-Indic",
                    digits: "٥٨٣٧٤٦"
                },
                {
                    tag: "Western",
                    digits: "583746"
                }
            ];
        }

        function test_alignmentFollowsThePageNotTheDigits(data) {
            const secret = createTemporaryObject(field, root);
            verify(secret);
            const input = findChild(secret, "secretInput");
            verify(input, "no text field");
            input.text = data.digits;
            compare(input.effectiveHorizontalAlignment, TextInput.AlignRight);
        }

        name: "SecretField"
        when: windowShown
    }

    Component {
        id: field

        SecretField {
            width: 320
            label: "PIN"
        }
    }
}
