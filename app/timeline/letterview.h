#pragma once

#include "timeline/lettermodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class TimelineController;

/**
 * One kind of IND letter for the page that explains it (`LetterView { letterId: root.letterId }`):
 * its texts in the user's language, read again when the language changes.
 */
class LetterView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** Pack letter id, e.g. "missingItems". */
    Q_PROPERTY(QString letterId READ letterId WRITE setLetterId NOTIFY letterIdChanged)
    /** The letter; empty when the pack has no such letter. */
    Q_PROPERTY(LetterRow letter READ letter NOTIFY letterChanged)

public:
    /** A view on the published TimelineController (for QML). */
    explicit LetterView(QObject *parent = nullptr);
    /** A view on @p timeline, which must outlive it. */
    explicit LetterView(TimelineController &timeline, QObject *parent = nullptr);

    [[nodiscard]] QString letterId() const { return m_letterId; }
    void setLetterId(const QString &id);
    [[nodiscard]] LetterRow letter() const { return m_letter; }

Q_SIGNALS:
    /** letterId was set. */
    void letterIdChanged();
    /** The letter's texts were read again. */
    void letterChanged();

private:
    void read();

    QPointer<TimelineController> m_timeline;
    QString m_letterId;
    LetterRow m_letter;
};
