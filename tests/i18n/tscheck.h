#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/** One message of a Qt Linguist .ts file. */
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; ///< one entry, or one per numerus form
    bool unfinished = false;
    bool numerus = false;
};

/** Parses .ts XML; returns false and sets @p error on malformed input. */
bool parseTs(const QByteArray &xml, QList<TsMessage> &messages, QString &error);

/** What a language's translations must satisfy besides being complete. */
struct TsRules
{
    /** Translations identical to the English source are errors, except these sources. */
    bool mustDiffer = false;
    QSet<QString> allowedIdentical;
    /**
     * The language is written right to left: a translation whose first strong character is
     * left-to-right (e.g. it starts with the Latin name "Samen") would be laid out as a
     * left-to-right paragraph, so it is an error unless it holds no right-to-left text at all.
     */
    bool rightToLeft = false;
    /**
     * The language's own zero (٠ for Arabic, ۰ for Dari), or null: then a Latin digit in a
     * translation (placeholders aside) is an error, so that no text mixes two digit systems,
     * except in the contexts of latinDigitsPending.
     */
    QChar zeroDigit;
    /** Contexts whose texts are being rewritten elsewhere; their digits are checked afterwards. */
    QSet<QString> latinDigitsPending;
};

/**
 * Problems of one language's messages: unfinished or empty translations, placeholders of the
 * source (%1…%9, %n, %L1) missing from a translation, and what @p rules forbid.
 */
QStringList translationProblems(const QList<TsMessage> &messages, const TsRules &rules);

/** "context|source" keys, to compare the message sets of two files. */
QSet<QString> messageKeys(const QList<TsMessage> &messages);
