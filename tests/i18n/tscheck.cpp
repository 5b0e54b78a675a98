#include "tscheck.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

bool parseTs(const QByteArray &xml, QList<TsMessage> &messages, QString &error)
{
    QXmlStreamReader reader(xml);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"name" && !inMessage) {
                context = reader.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = TsMessage {
                    context, {}, {}, false, reader.attributes().value(QStringLiteral("numerus")) == u"yes"
                };
            } else if (name == u"source" && inMessage) {
                current.source = reader.readElementText();
            } else if (name == u"translation" && inMessage) {
                const auto type = reader.attributes().value(QStringLiteral("type"));
                current.unfinished = type == u"unfinished";
                if (type == u"vanished" || type == u"obsolete")
                    inMessage = false; // not shipped: ignore
                if (!current.numerus)
                    current.translations << reader.readElementText();
            } else if (name == u"numerusform" && inMessage) {
                current.translations << reader.readElementText();
            }
        } else if (reader.isEndElement() && reader.name() == u"message") {
            if (inMessage)
                messages << current;
            inMessage = false;
        }
    }
    if (reader.hasError()) {
        error = reader.errorString();
        return false;
    }
    return true;
}

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9]|L?n)"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

bool isRightToLeft(QChar::Direction direction)
{
    return direction == QChar::DirR || direction == QChar::DirAL || direction == QChar::DirRLE ||
        direction == QChar::DirRLO || direction == QChar::DirRLI;
}

bool startsLeftToRightInRightToLeftText(QString text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?[1-9]|L?n)"));
    text.remove(placeholder); // numbers are weak: they do not set the paragraph direction
    bool hasRightToLeft = false;
    for (const QChar c : text)
        hasRightToLeft = hasRightToLeft || isRightToLeft(c.direction());
    if (!hasRightToLeft)
        return false;
    for (const QChar c : text) {
        const QChar::Direction direction = c.direction();
        if (isRightToLeft(direction))
            return false;
        if (direction == QChar::DirL || direction == QChar::DirLRE || direction == QChar::DirLRO ||
            direction == QChar::DirLRI)
            return true;
    }
    return false;
}

// Placeholders and Latin-script references (a court case "C-279/20", "ECLI:NL:…") keep their
// digits: they are written as on the paper they point to.
bool hasLatinDigit(QString text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?[1-9]|L?n)"));
    static const QRegularExpression latinReference(QStringLiteral("[A-Za-z][A-Za-z0-9:/\\-.]*[A-Za-z0-9]"));
    static const QRegularExpression latinDigit(QStringLiteral("[0-9]"));
    return text.remove(placeholder).remove(latinReference).contains(latinDigit);
}

} // namespace

QStringList translationProblems(const QList<TsMessage> &messages, const TsRules &rules)
{
    QStringList problems;
    for (const TsMessage &message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source + u'"';
        if (message.unfinished || message.translations.isEmpty()) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("empty translation: ") + where;
                continue;
            }
            const QSet<QString> missing = placeholders(message.source) - placeholders(translation);
            for (const QString &placeholder : missing)
                problems << QStringLiteral("drops %1: ").arg(placeholder) + where;
            if (rules.mustDiffer && translation == message.source &&
                !rules.allowedIdentical.contains(message.source))
                problems << QStringLiteral("still English: ") + where;
            if (rules.rightToLeft && startsLeftToRightInRightToLeftText(translation))
                problems << QStringLiteral("starts left-to-right: ") + where;
            if (!rules.zeroDigit.isNull() && !rules.latinDigitsPending.contains(message.context) &&
                hasLatinDigit(translation))
                problems << QStringLiteral("Latin digits: ") + where;
        }
    }
    return problems;
}

QSet<QString> messageKeys(const QList<TsMessage> &messages)
{
    QSet<QString> keys;
    for (const TsMessage &message : messages)
        keys.insert(message.context + u'|' + message.source);
    return keys;
}
