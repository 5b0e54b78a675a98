import QtQuick
import Samen.App

// One pack letter the reader could not tell from another (e.g. an objection decision that is
// "gegrond" or "ongegrond"): its Dutch words and name, chosen by a tap.
LetterChoice {
    id: root

    required property string modelData

    headline: view.letter.headline
    title: view.letter.title

    LetterView {
        id: view

        letterId: root.modelData
    }
}
