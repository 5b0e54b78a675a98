#include "icsreader.h"

QString IcsComponent::value(const QString &name) const
{
    return property(name).value;
}

IcsProperty IcsComponent::property(const QString &name) const
{
    for (const IcsProperty &p : properties) {
        if (p.name == name)
            return p;
    }
    return {};
}

int IcsComponent::count(const QString &name) const
{
    int n = 0;
    for (const IcsProperty &p : properties)
        n += p.name == name ? 1 : 0;
    return n;
}

QString unescapeIcsText(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
    }
    return out;
}

namespace {

bool unfold(const QByteArray &data, QList<QString> &lines, QString &error)
{
    if (!data.endsWith("\r\n")) {
        error = QStringLiteral("does not end with CRLF");
        return false;
    }
    QByteArray logical;
    const QList<QByteArray> physical = data.left(data.size() - 2).split('\n');
    for (const QByteArray &raw : physical) {
        if (!raw.endsWith('\r') && &raw != &physical.last()) {
            error = QStringLiteral("bare LF");
            return false;
        }
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.contains('\r')) {
            error = QStringLiteral("bare CR");
            return false;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            logical += line.mid(1);
            continue;
        }
        if (!logical.isEmpty())
            lines << QString::fromUtf8(logical);
        logical = line;
    }
    if (!logical.isEmpty())
        lines << QString::fromUtf8(logical);
    return true;
}

bool parseProperty(const QString &line, IcsProperty &property, QString &error)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0) {
        error = QStringLiteral("no colon: ") + line;
        return false;
    }
    const QStringList head = line.left(colon).split(u';');
    property.name = head.first().toUpper();
    for (qsizetype i = 1; i < head.size(); ++i) {
        const qsizetype eq = head.at(i).indexOf(u'=');
        if (eq <= 0) {
            error = QStringLiteral("bad parameter: ") + line;
            return false;
        }
        property.parameters.insert(head.at(i).left(eq).toUpper(), head.at(i).mid(eq + 1));
    }
    property.value = unescapeIcsText(line.mid(colon + 1));
    return true;
}

} // namespace

bool readIcs(const QByteArray &data, IcsComponent &calendar, QString &error)
{
    QList<QString> lines;
    if (!unfold(data, lines, error))
        return false;
    QList<IcsComponent> stack;
    bool finished = false;
    for (const QString &line : std::as_const(lines)) {
        IcsProperty property;
        if (finished) {
            error = QStringLiteral("content after END:VCALENDAR");
            return false;
        }
        if (!parseProperty(line, property, error))
            return false;
        if (property.name == QLatin1String("BEGIN")) {
            stack.append(IcsComponent { property.value, {}, {} });
        } else if (property.name == QLatin1String("END")) {
            if (stack.isEmpty() || stack.last().name != property.value) {
                error = QStringLiteral("unbalanced END:") + property.value;
                return false;
            }
            const IcsComponent done = stack.takeLast();
            if (stack.isEmpty()) {
                calendar = done;
                finished = true;
            } else {
                stack.last().children << done;
            }
        } else if (stack.isEmpty()) {
            error = QStringLiteral("property outside a component");
            return false;
        } else {
            stack.last().properties << property;
        }
    }
    if (!finished)
        error = QStringLiteral("no END:VCALENDAR");
    return finished;
}
