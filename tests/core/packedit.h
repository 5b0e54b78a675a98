#pragma once

// Test helpers: the bundled NL pack as JSON, and an edit of one value in it by path, to check that
// the parser refuses a broken pack naming that path.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace packedit {

inline QJsonObject nlPackJson()
{
    QFile file(u":/rules/nl.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// One step of a path such as "regimes[1].relations.spouse[2].rule": a key or an index.
inline QStringList splitPath(const QString &path)
{
    QStringList parts;
    static const QRegularExpression step(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_qs);
    auto it = step.globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        parts << (match.captured(1).isEmpty() ? u'#' + match.captured(2) : match.captured(1));
    }
    return parts;
}

// @p node with the value at @p parts replaced by @p value (removed when undefined).
inline QJsonValue withValue(const QJsonValue &node, QStringList parts, const QJsonValue &value)
{
    const QString head = parts.takeFirst();
    if (head.startsWith(u'#')) {
        QJsonArray array = node.toArray();
        const int index = head.mid(1).toInt();
        const QJsonValue current = index < array.size() ? array.at(index) : QJsonValue();
        const QJsonValue replaced = parts.isEmpty() ? value : withValue(current, parts, value);
        if (replaced.isUndefined())
            array.removeAt(index);
        else if (index < array.size())
            array.replace(index, replaced);
        else
            array.append(replaced);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue replaced = parts.isEmpty() ? value : withValue(object.value(head), parts, value);
    if (replaced.isUndefined())
        object.remove(head);
    else
        object.insert(head, replaced);
    return object;
}

inline QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonValue parsedValue(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

} // namespace packedit

namespace packedit {

/** The NL pack with the value at @p path replaced by the JSON @p json ("undefined" removes it). */
inline QByteArray editedPack(const QString &path, const QString &json)
{
    const QJsonValue value =
        json == u"undefined" ? QJsonValue(QJsonValue::Undefined) : parsedValue(json.toUtf8().constData());
    return bytesOf(withValue(nlPackJson(), splitPath(path), value).toObject());
}

} // namespace packedit
