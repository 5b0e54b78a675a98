import QtQuick
import QtQuick.Controls.Basic

// WorkingNote's turning circle, in its own file: a note that is not shown does not load it.
BusyIndicator {
    running: true
}
