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

/**
 * Problems of one language's messages: unfinished or empty translations, placeholders of the
 * source (%1…%9, %n, %L1) missing from a translation, and — when @p mustDiffer — translations
 * identical to the English source that are not in @p allowedIdentical.
 */
QStringList translationProblems(const QList<TsMessage> &messages, bool mustDiffer,
                                const QSet<QString> &allowedIdentical);

/** "context|source" keys, to compare the message sets of two files. */
QSet<QString> messageKeys(const QList<TsMessage> &messages);
