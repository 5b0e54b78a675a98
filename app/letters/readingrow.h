#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

/** A date the reader found in a letter, for QML: the day in the user's calendar and the words it came from.
 */
struct FoundDateRow
{
    Q_GADGET
    QML_VALUE_TYPE(foundDate)
    Q_PROPERTY(bool found READ found)
    Q_PROPERTY(QString iso MEMBER iso)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString words MEMBER words)

public:
    /** True when the letter held this date. */
    [[nodiscard]] bool found() const { return !iso.isEmpty(); }
    /** yyyy-MM-dd; empty when not found. */
    QString iso;
    /** The day in the user's calendar, month number shown. */
    QString text;
    /** The Dutch words of the letter it came from, as read (e.g. "binnen vier weken"). */
    QString words;

    friend bool operator==(const FoundDateRow &a, const FoundDateRow &b)
    {
        return a.iso == b.iso && a.text == b.text && a.words == b.words;
    }
    friend bool operator!=(const FoundDateRow &a, const FoundDateRow &b) { return !(a == b); }
};

/** What the reader made of one letter, in the user's language, for the reader page. */
struct LetterReadingRow
{
    Q_GADGET
    QML_VALUE_TYPE(letterReading)
    Q_PROPERTY(bool looksLikeIndLetter MEMBER looksLikeIndLetter)
    Q_PROPERTY(QString letterId MEMBER letterId)
    Q_PROPERTY(QStringList candidates MEMBER candidates)
    Q_PROPERTY(FoundDateRow letterDate MEMBER letterDate)
    Q_PROPERTY(FoundDateRow answerBy MEMBER answerBy)
    Q_PROPERTY(FoundDateRow decisionBy MEMBER decisionBy)
    Q_PROPERTY(QString vNumber MEMBER vNumber)
    Q_PROPERTY(bool sure MEMBER sure)
    Q_PROPERTY(QStringList doubts MEMBER doubts)

public:
    /** False: "This does not look like an IND letter". */
    bool looksLikeIndLetter = false;
    /** The pack letter it is (e.g. "missingItems"); empty when the reader could not tell. */
    QString letterId;
    /** When letterId is empty but the kind is known: the pack letters it can be (the user picks). */
    QStringList candidates;
    /** The letter's own date (dagtekening). */
    FoundDateRow letterDate;
    /** The day to act by, from a date or a period in the letter. */
    FoundDateRow answerBy;
    /** The day the IND decides by (a receipt). */
    FoundDateRow decisionBy;
    /** The V-number as printed; empty when none was found. */
    QString vNumber;
    /** True when the reading has no doubts and a high confidence. */
    bool sure = false;
    /** Why the reading is unsure, each a sentence in the user's language. */
    QStringList doubts;

    friend bool operator==(const LetterReadingRow &a, const LetterReadingRow &b)
    {
        return a.looksLikeIndLetter == b.looksLikeIndLetter && a.letterId == b.letterId &&
            a.candidates == b.candidates && a.letterDate == b.letterDate && a.answerBy == b.answerBy &&
            a.decisionBy == b.decisionBy && a.vNumber == b.vNumber && a.sure == b.sure &&
            a.doubts == b.doubts;
    }
    friend bool operator!=(const LetterReadingRow &a, const LetterReadingRow &b) { return !(a == b); }
};
