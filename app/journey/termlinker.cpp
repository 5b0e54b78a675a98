#include "journey/termlinker.h"

#include <algorithm>

namespace {

const QString linkScheme = QStringLiteral("term:");

/** True for a character that would make a match part of a longer Latin word. */
bool continuesWord(QChar c)
{
    return c.isNumber() || (c.isLetter() && c.script() == QChar::Script_Latin);
}

bool wholeAt(const QString &text, qsizetype at, qsizetype length)
{
    const bool startsWord = at == 0 || !continuesWord(text.at(at - 1));
    const bool endsWord = at + length == text.size() || !continuesWord(text.at(at + length));
    return startsWord && endsWord;
}

QString escaped(QStringView text)
{
    QString out = text.toString().toHtmlEscaped();
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

} // namespace

TermLinker::TermLinker(QList<Term> terms)
{
    terms.removeIf([](const Term &term) { return term.term.trimmed().isEmpty(); });
    std::stable_sort(terms.begin(), terms.end(),
                     [](const Term &a, const Term &b) { return a.term.size() > b.term.size(); });
    m_terms = std::move(terms);
}

const TermLinker::Term *TermLinker::matchAt(const QString &text, qsizetype at) const
{
    // Digits and Latin letters only start a term; a match inside a word never does.
    if (at > 0 && continuesWord(text.at(at - 1)))
        return nullptr;
    const QStringView rest = QStringView(text).mid(at);
    for (const Term &term : m_terms) {
        if (rest.startsWith(term.term, Qt::CaseInsensitive) && wholeAt(text, at, term.term.size()))
            return &term;
    }
    return nullptr;
}

QString TermLinker::link(const QString &text) const
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype plainFrom = 0;
    for (qsizetype at = 0; at < text.size();) {
        const Term *term = matchAt(text, at);
        if (!term) {
            ++at;
            continue;
        }
        out += escaped(QStringView(text).mid(plainFrom, at - plainFrom));
        out += QStringLiteral("<a href=\"%1%2\">%3</a>")
                   .arg(linkScheme, term->id.toHtmlEscaped(),
                        escaped(QStringView(text).mid(at, term->term.size())));
        at += term->term.size();
        plainFrom = at;
    }
    out += escaped(QStringView(text).mid(plainFrom));
    return out;
}

QString TermLinker::idOf(const QString &href)
{
    return href.startsWith(linkScheme) ? href.mid(linkScheme.size()) : QString();
}
