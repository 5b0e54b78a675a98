import QtQuick
import Samen

// How to add a voice on Android, for the note after a tap that found none and for Settings.
BodyText {
    text: qsTr("To add one: open the phone's Settings, search for \"text-to-speech\", open the speech engine's settings and install a voice for your language. Then Samen can read texts aloud.")
}
