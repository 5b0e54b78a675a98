#pragma once

#include <QList>
#include <QString>

/**
 * Turns a display text into Qt Quick StyledText in which every glossary term it contains is a
 * link "term:<id>". The text is escaped first (<, >, & and quotes show as themselves), line
 * breaks become <br>. Terms are Dutch words in Latin letters, and they stay so inside Arabic,
 * Dari and Tigrinya sentences: a match is whole when the characters around it are not Latin
 * letters or digits (of any script), so "ንIND" (Tigrinya's prefix on the acronym) links "IND", but "INDIA"
 * and "nareizigers" link nothing. Matching ignores case; where terms overlap the longest wins
 * ("herstel verzuim" before a shorter term inside it).
 */
class TermLinker
{
public:
    /** One term to find. */
    struct Term
    {
        /** What the link carries, e.g. "herstelVerzuim". */
        QString id;
        /** The words to find, e.g. "herstel verzuim". */
        QString term;
    };

    /** A linker for @p terms (empty terms are ignored). */
    explicit TermLinker(QList<Term> terms = {});

    /** @p text escaped, with links for the terms; a text without terms or markup comes back unchanged. */
    [[nodiscard]] QString link(const QString &text) const;

    /** The id carried by link @p href ("term:mvv" -> "mvv"); empty when it is not a term link. */
    [[nodiscard]] static QString idOf(const QString &href);

private:
    [[nodiscard]] const Term *matchAt(const QString &text, qsizetype at) const;

    QList<Term> m_terms; // longest first
};
