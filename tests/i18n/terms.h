#pragma once

#include "tscheck.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * One row of translations/terms.tsv: how one language names one concept.
 *
 * A variant is a word or phrase matched at word boundaries: letters, combining marks and the
 * zero-width (non-)joiner count as parts of a word, so "کن" does not match inside "می‌کنید".
 * A leading "*" lets the variant end a longer word ("*ካ" is any word ending in ካ), a trailing
 * "*" lets it begin one ("ቅጥዕታት*" also matches "ቅጥዕታትካ").
 */
struct Term
{
    QString concept;
    QString language;
    /** The one form to use (a variant), or empty when only the forbidden forms are checked. */
    QString use;
    /** Forms that must not appear in this language's translations. */
    QStringList never;
    QString why;
};

/** A translation allowed to break one concept's rule, with the reason (terms-exceptions.tsv). */
struct TermException
{
    QString language;
    QString concept;
    /** The English source text, or its beginning followed by "*". */
    QString source;
    QString reason;
};

/** Parses terms.tsv (concept, language, use, never separated by " | ", why; "#" comments). */
bool parseTerms(const QString &tsv, QList<Term> &terms, QString &error);

/** Parses terms-exceptions.tsv (language, concept, source, reason; "#" comments). */
bool parseTermExceptions(const QString &tsv, QList<TermException> &exceptions, QString &error);

/**
 * Where one language's translations break the terminology.
 *
 * - A translation holding a forbidden variant of a concept: "<file>: <context>: \"<source>\":
 *   \"<variant>\" is not used for <concept> (use \"<use>\": <why>)".
 * - When the English row of a concept has a use form and the English source holds it, the
 *   translation must hold this language's use form: "<file>: …: <concept> must be \"<use>\"".
 *
 * Messages listed in @p exceptions for that language and concept are skipped.
 */
QStringList terminologyProblems(const QString &file, const QString &language,
                                const QList<TsMessage> &messages, const QList<Term> &terms,
                                const QList<TermException> &exceptions);

/** True if @p text holds @p variant at word boundaries (see Term). */
bool containsVariant(const QString &text, const QString &variant);
