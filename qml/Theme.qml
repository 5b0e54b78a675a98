pragma Singleton
import QtQuick
import Samen.App

// Sizes, colours and spacing for the whole app. Text sizes follow TextSize (the system's font
// size times the one chosen in Settings); controls and icons grow half as fast, enough to hold
// the larger text without crowding a small screen. Colours pass WCAG AA (most AAA) on the
// background; meaning is never carried by colour alone (always an icon and words too).
QtObject {
    id: root

    readonly property color background: "#f6f4ef"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1b1b1b"
    readonly property color textMuted: "#45474a"
    readonly property color primary: "#0b5471"
    readonly property color primaryText: "#ffffff"
    readonly property color primarySoft: "#dcebf1"
    readonly property color border: "#7d8285"
    readonly property color focus: "#c25e00"
    // A control that cannot be used now: grey, with muted text, never the primary colour.
    readonly property color disabledSurface: "#e2e3e4"

    readonly property color good: "#1d6631"
    readonly property color warning: "#8a5300"
    readonly property color danger: "#a11f1a"
    readonly property color advice: "#57398f"

    // The colour of a verdict (Outcome), always shown together with its words and icon;
    // @p fallback where there is none.
    function outcomeColor(outcome: int, fallback: color): color {
        switch (outcome) {
        case Outcome.Nareis:
            return root.good;
        case Outcome.Regular:
        case Outcome.Wait:
            return root.warning;
        case Outcome.NotEligible:
            return root.danger;
        case Outcome.Advice:
            return root.advice;
        default:
            return fallback;
        }
    }

    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 24
    readonly property int radius: 12
    readonly property real textScale: TextSize.scale
    readonly property real controlScale: 1 + (Math.max(1, root.textScale) - 1) / 2
    readonly property int touchTarget: Math.round(56 * root.controlScale)
    // Names, notes and labels: no suggestions, no learning by the keyboard, no capitals forced.
    readonly property int privateTextHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
    readonly property int nameMaxLength: 100
    readonly property int iconSize: Math.round(32 * root.controlScale)
    readonly property int iconTileSize: root.touchTarget
    readonly property int contentMaxWidth: Math.round(560 * Math.max(1, root.textScale))

    readonly property int fontSmall: Math.round(15 * root.textScale)
    readonly property int fontBody: Math.round(17 * root.textScale)
    readonly property int fontTitle: Math.round(20 * root.textScale)
    readonly property int fontHeadline: Math.round(26 * root.textScale)
}
