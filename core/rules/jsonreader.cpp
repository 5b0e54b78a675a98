#include "rules/jsonreader.h"

#include "rules/datemath.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace samen::rules::json {

QString child(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString child(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw InputError {
            QString(),
            QStringLiteral("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString())
        };
    if (!document.isObject())
        throw InputError { QString(), QStringLiteral("expected a JSON object") };
    return document.object();
}

QJsonObject asObject(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        throw InputError { path, QStringLiteral("expected an object") };
    return value.toObject();
}

QJsonArray asArray(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        throw InputError { path, QStringLiteral("expected an array") };
    return value.toArray();
}

void onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            throw InputError { child(path, it.key()), QStringLiteral("unknown field") };
    }
}

QString requiredString(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString value = optionalString(object, key, path);
    if (value.isEmpty())
        throw InputError { child(path, key), QStringLiteral("missing") };
    return value;
}

QString optionalString(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw InputError { child(path, key), QStringLiteral("expected a string") };
    return value.toString();
}

QDate requiredDate(const QJsonObject &object, const QString &key, const QString &path)
{
    const auto date = optionalDate(object, key, path);
    if (!date)
        throw InputError { child(path, key), QStringLiteral("missing") };
    return *date;
}

std::optional<QDate> optionalDate(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        throw InputError { child(path, key), QStringLiteral("expected a date YYYY-MM-DD") };
    const auto date = datemath::parseIsoDate(value.toString());
    if (!date)
        throw InputError { child(path, key),
                           QStringLiteral("not a valid date: \"%1\"").arg(value.toString()) };
    return date;
}

std::optional<bool> optionalBool(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool())
        throw InputError { child(path, key), QStringLiteral("expected true, false or null") };
    return value.toBool();
}

std::optional<int> optionalInt(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e6)
        throw InputError { child(path, key), QStringLiteral("expected a whole number") };
    return int(number);
}

int requiredInt(const QJsonObject &object, const QString &key, const QString &path)
{
    const auto value = optionalInt(object, key, path);
    if (!value)
        throw InputError { child(path, key), QStringLiteral("missing") };
    return *value;
}

QStringList stringList(const QJsonObject &object, const QString &key, const QString &path)
{
    QStringList list;
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return list;
    const QJsonArray array = asArray(value, child(path, key));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            throw InputError { child(child(path, key), i), QStringLiteral("expected a string") };
        list.append(array.at(i).toString());
    }
    return list;
}

DateOffset dateOffset(const QJsonValue &value, const QString &path)
{
    const QJsonObject object = asObject(value, path);
    onlyKeys(object, path, { u"years"_qs, u"months"_qs, u"weeks"_qs, u"days"_qs });
    DateOffset offset;
    offset.years = optionalInt(object, u"years"_qs, path).value_or(0);
    offset.months = optionalInt(object, u"months"_qs, path).value_or(0);
    offset.weeks = optionalInt(object, u"weeks"_qs, path).value_or(0);
    offset.days = optionalInt(object, u"days"_qs, path).value_or(0);
    const bool inRange = std::abs(offset.years) <= 100 && std::abs(offset.months) <= 1200 &&
        std::abs(offset.weeks) <= 5200 && std::abs(offset.days) <= 36500;
    if (!inRange)
        throw InputError { path, QStringLiteral("offset out of range") };
    if (object.isEmpty())
        throw InputError { path, QStringLiteral("empty offset") };
    return offset;
}

} // namespace samen::rules::json
