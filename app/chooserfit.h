#pragma once

#include <QObject>

class LanguageController;
class QQuickItem;
class QQuickWindow;

/**
 * Fits Qt Quick's own file and folder chooser (the one QtQuick.Dialogs falls back to on Linux)
 * to a phone-sized window each time it opens. It is laid out for a desktop, 600 px wide: at
 * 360 px its save-name field was squeezed to nothing and the folder path was cut off at the
 * current folder. Here the chooser takes the whole window, the buttons go under the name field
 * (the unused file-type filter is hidden) and the path shows its end, its separators pointing
 * the way it reads (left in Arabic and Dari). Its words are Samen's: the
 * "File name" label is translated, and each file's size and date line is written by
 * fileDetails() in the user's language over the row's whole width (Qt's own line was English,
 * with the date drawn over the size and cut off at the left edge).
 *
 * Android uses the system picker and never sees this. Relies on the structure of Qt 6.4's
 * FileDialog.qml / FolderDialog.qml (object names and layout); tst_filechoosers checks the result.
 */
class ChooserFit : public QObject
{
    Q_OBJECT
public:
    /** Watches @p window for choosers; owned by the window. @p languages must outlive it. */
    static void install(QQuickWindow *window, const LanguageController &languages);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    /** Fits the chooser that just opened (the sender) to the window. */
    void fitSender();
    /** Writes Samen's size and date line into the rows of the list that just grew (the sender). */
    void fitRows();

private:
    ChooserFit(QQuickWindow *window, const LanguageController &languages);
    void fitRowsOf(QQuickItem *rows) const;
    void fitRow(QQuickItem *row) const;

    QQuickWindow *m_window;
    const LanguageController &m_languages;
};
