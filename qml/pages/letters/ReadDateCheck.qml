import QtQuick
import Samen
import Samen.App

// Above a date picker that the letter reader filled: where the date came from, and that the
// user checks it against the paper before saving. Hidden when the reader found nothing.
Notice {
    id: root

    required property foundDate date

    objectName: "readDateCheck"
    visible: root.date.found
    iconName: "warning"
    text: qsTr("Samen read this in the letter: \"%1\". Check the date against the paper, then save.").arg(LanguageController.isolate(root.date.words.length > 0 ? root.date.words : root.date.text))
}
