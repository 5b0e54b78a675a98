import QtQuick
import QtQuick.Controls.Basic
import Samen
import Samen.App

// A speaker: reads aloud what the screen shows next to it, in the app's language (ReadAloud).
// A second tap stops; while it reads, the speaker becomes a stop sign in a thick frame (not
// colour alone). Nothing is read until the user taps.
//
// API
//   text: string   What to read: the very text shown beside the button (several texts joined
//                  with "\n"), never an id, markup, icon name or "%1".
//   key: string    Names this button on its page (only one reads at a time) and the recorded
//                  clip assets/audio/<language>/<key>.<ext> that is played instead of the voice.
//                  Use the text's key where it has one ("question.<id>"), else a page-unique name.
//   offered: bool  false hides it (a component that offers a speaker only where asked to); so
//                  does an empty key (WhyBox without speakKey).
// Example
//   SpeakerButton { text: question.text; key: "question." + question.id }
// Where the phone has no voice for the language and no clip exists, it is hidden after the one
// tap that said so (NoVoiceNote).
AbstractButton {
    id: root

    required property string key
    property bool offered: true
    // Without a key there is nothing to read: hidden, never a stop sign (speakingKey is empty while
    // nothing reads).
    readonly property bool speaking: root.key.length > 0 && ReadAloud.speakingKey === root.key

    objectName: "speak_" + root.key
    visible: root.offered && root.key.length > 0 && root.text.length > 0 && (ReadAloud.offersVoice || (LanguageController.language.length > 0 && ReadAloud.hasClip(root.key)))
    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    padding: Theme.spacingSmall
    Accessible.role: Accessible.Button
    Accessible.name: root.speaking ? qsTr("Stop reading: %1").arg(root.text) : qsTr("Read aloud: %1").arg(root.text)
    onClicked: ReadAloud.toggle(root.text, root.key)
    // The text changed under a reading voice (the next question): the old words stop.
    onTextChanged: {
        if (root.speaking)
            ReadAloud.stop();
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.speaking || root.down ? Theme.primarySoft : "transparent"
        border.color: root.visualFocus ? Theme.focus : Theme.primary
        border.width: root.speaking || root.visualFocus ? 3 : 1
    }
    contentItem: Image {
        source: root.speaking ? "qrc:/icons/speaker-stop.svg" : "qrc:/icons/speaker.svg"
        sourceSize: Qt.size(Theme.iconSize, Theme.iconSize)
        fillMode: Image.PreserveAspectFit
        Accessible.ignored: true
    }
}
