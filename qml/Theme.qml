pragma Singleton
import QtQuick

// Sizes, colours and spacing for the whole app. Colours pass WCAG AA (most AAA) on the
// background; meaning is never carried by colour alone (always an icon and words too).
QtObject {
    readonly property color background: "#f6f4ef"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1b1b1b"
    readonly property color textMuted: "#45474a"
    readonly property color primary: "#0b5471"
    readonly property color primaryText: "#ffffff"
    readonly property color primarySoft: "#dcebf1"
    readonly property color border: "#7d8285"
    readonly property color focus: "#c25e00"

    readonly property color good: "#1d6631"
    readonly property color warning: "#8a5300"
    readonly property color danger: "#a11f1a"
    readonly property color advice: "#57398f"

    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 24
    readonly property int radius: 12
    readonly property int touchTarget: 56
    // Names, notes and labels: no suggestions, no learning by the keyboard, no capitals forced.
    readonly property int privateTextHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
    readonly property int nameMaxLength: 100
    readonly property int iconSize: 32
    readonly property int iconTileSize: 56
    readonly property int contentMaxWidth: 560

    readonly property int fontSmall: 15
    readonly property int fontBody: 17
    readonly property int fontTitle: 20
    readonly property int fontHeadline: 26
}
