#include "terms.h"

#include <QHash>
#include <QRegularExpression>

namespace {

QList<QStringList> rows(const QString &tsv, int columns, QString &error)
{
    QList<QStringList> result;
    const QStringList lines = tsv.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList cells = line.split(u'\t');
        if (cells.size() != columns) {
            error =
                QStringLiteral("line %1: %2 columns, expected %3").arg(i + 1).arg(cells.size()).arg(columns);
            return {};
        }
        for (QString &cell : cells)
            cell = cell.trimmed();
        result << cells;
    }
    return result;
}

const QString wordPart = QStringLiteral("[\\p{L}\\p{M}\\x{200C}\\x{200D}]");

QRegularExpression variantPattern(const QString &variant)
{
    static QHash<QString, QRegularExpression> cache;
    const auto cached = cache.constFind(variant);
    if (cached != cache.constEnd())
        return *cached;
    QString core = variant;
    const bool openStart = core.startsWith(u'*');
    const bool openEnd = core.endsWith(u'*') && core.size() > 1;
    if (openStart)
        core.remove(0, 1);
    if (openEnd)
        core.chop(1);
    const QString pattern = (openStart ? QString() : QStringLiteral("(?<!") + wordPart + u')') +
        QRegularExpression::escape(core) + (openEnd ? QString() : QStringLiteral("(?!") + wordPart + u')');
    const QRegularExpression expression(
        pattern, QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    cache.insert(variant, expression);
    return expression;
}

bool isExcepted(const TsMessage &message, const QString &language, const QString &concept,
                const QList<TermException> &exceptions)
{
    for (const TermException &exception : exceptions) {
        if (exception.language != language || exception.concept != concept)
            continue;
        if (exception.source.endsWith(u'*') ? message.source.startsWith(exception.source.chopped(1))
                                            : message.source == exception.source)
            return true;
    }
    return false;
}

QString englishUse(const QList<Term> &terms, const QString &concept)
{
    for (const Term &term : terms) {
        if (term.concept == concept && term.language == QLatin1String("en"))
            return term.use;
    }
    return {};
}

QString advice(const Term &term)
{
    return term.use.isEmpty() ? term.why : QStringLiteral("use \"%1\": %2").arg(term.use, term.why);
}

QStringList problemsOfMessage(const QString &where, const TsMessage &message, const Term &term,
                              const QString &sourceUse)
{
    QStringList problems;
    for (const QString &translation : message.translations) {
        for (const QString &variant : term.never) {
            if (containsVariant(translation, variant))
                problems << where +
                        QStringLiteral("\"%1\" is not used for %2 (%3)")
                            .arg(variant, term.concept, advice(term));
        }
        if (!sourceUse.isEmpty() && !term.use.isEmpty() && containsVariant(message.source, sourceUse) &&
            !containsVariant(translation, term.use))
            problems << where +
                    QStringLiteral("%1 must be \"%2\" (%3)").arg(term.concept, term.use, term.why);
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace

bool containsVariant(const QString &text, const QString &variant)
{
    return !variant.isEmpty() && variantPattern(variant).match(text).hasMatch();
}

bool parseTerms(const QString &tsv, QList<Term> &terms, QString &error)
{
    const QList<QStringList> cells = rows(tsv, 5, error);
    if (!error.isEmpty())
        return false;
    for (const QStringList &row : cells) {
        QStringList never;
        for (const QString &variant : row.at(3).split(u'|', Qt::SkipEmptyParts))
            never << variant.trimmed();
        terms << Term { row.at(0), row.at(1), row.at(2), never, row.at(4) };
    }
    return true;
}

bool parseTermExceptions(const QString &tsv, QList<TermException> &exceptions, QString &error)
{
    const QList<QStringList> cells = rows(tsv, 4, error);
    if (!error.isEmpty())
        return false;
    for (const QStringList &row : cells)
        exceptions << TermException { row.at(0), row.at(1), row.at(2), row.at(3) };
    return true;
}

QStringList terminologyProblems(const QString &file, const QString &language,
                                const QList<TsMessage> &messages, const QList<Term> &terms,
                                const QList<TermException> &exceptions)
{
    QStringList problems;
    for (const Term &term : terms) {
        if (term.language != language)
            continue;
        const QString sourceUse =
            language == QLatin1String("en") ? QString() : englishUse(terms, term.concept);
        for (const TsMessage &message : messages) {
            if (isExcepted(message, language, term.concept, exceptions))
                continue;
            const QString where = file + QStringLiteral(": ") + message.context + QStringLiteral(": \"") +
                message.source + QStringLiteral("\": ");
            problems << problemsOfMessage(where, message, term, sourceUse);
        }
    }
    return problems;
}
