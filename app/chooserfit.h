#pragma once

#include <QObject>

class QQuickItem;
class QQuickWindow;

/**
 * Fits Qt Quick's own file and folder chooser (the one QtQuick.Dialogs falls back to on Linux)
 * to a phone-sized window each time it opens. It is laid out for a desktop, 600 px wide: at
 * 360 px its save-name field was squeezed to nothing and the folder path was cut off at the
 * current folder. Here the chooser takes the whole window, the buttons go under the name field
 * (the unused file-type filter is hidden) and the path shows its end.
 *
 * Android uses the system picker and never sees this. Relies on the structure of Qt 6.4's
 * FileDialog.qml / FolderDialog.qml (object names and layout); tst_filechoosers checks the result.
 */
class ChooserFit : public QObject
{
    Q_OBJECT
public:
    /** Watches @p window for choosers; owned by the window. */
    static void install(QQuickWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    /** Fits the chooser that just opened (the sender) to the window. */
    void fitSender();

private:
    explicit ChooserFit(QQuickWindow *window);

    QQuickWindow *m_window;
};
