#pragma once

#include "rules/datemath.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace samen::rules::json {

/** Thrown inside the parsers only; loadPack() and parseCase() turn it into a message. */
struct InputError
{
    /** Path of the offending field, e.g. "members[0].birthDate". */
    QString path;
    /** What is wrong with it. */
    QString message;
    /** "path: message". */
    [[nodiscard]] QString text() const { return path.isEmpty() ? message : path + u": "_qs + message; }
};

/** "parent.key", or "key" when @p parent is empty. */
[[nodiscard]] QString child(const QString &parent, const QString &key);
/** "parent[index]". */
[[nodiscard]] QString child(const QString &parent, qsizetype index);

/** Parses @p bytes as one JSON object; throws with path "" when malformed. */
[[nodiscard]] QJsonObject parseObject(const QByteArray &bytes);

/** @p value as an object; throws naming @p path otherwise. */
[[nodiscard]] QJsonObject asObject(const QJsonValue &value, const QString &path);
/** @p value as an array; throws naming @p path otherwise. */
[[nodiscard]] QJsonArray asArray(const QJsonValue &value, const QString &path);

/** Throws when @p object has a key outside @p allowed (catches typos in packs and cases). */
void onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed);

/** Required non-empty string member. */
[[nodiscard]] QString requiredString(const QJsonObject &object, const QString &key, const QString &path);
/** Optional string member: empty when absent. */
[[nodiscard]] QString optionalString(const QJsonObject &object, const QString &key, const QString &path);
/** Required ISO date member. */
[[nodiscard]] QDate requiredDate(const QJsonObject &object, const QString &key, const QString &path);
/** Optional ISO date member: nullopt when absent or null (unknown). */
[[nodiscard]] std::optional<QDate> optionalDate(const QJsonObject &object, const QString &key,
                                                const QString &path);
/** Optional boolean member: nullopt when absent or null (unknown). */
[[nodiscard]] std::optional<bool> optionalBool(const QJsonObject &object, const QString &key,
                                               const QString &path);
/** Optional integer member. */
[[nodiscard]] std::optional<int> optionalInt(const QJsonObject &object, const QString &key,
                                             const QString &path);
/** Required integer member. */
[[nodiscard]] int requiredInt(const QJsonObject &object, const QString &key, const QString &path);
/** Array of strings member (absent = empty). */
[[nodiscard]] QStringList stringList(const QJsonObject &object, const QString &key, const QString &path);

/** @p text in double quotes, for messages. */
[[nodiscard]] QString quoted(const QString &text);

/**
 * Required string member @p key naming something the pack must have (a source, a letter):
 * throws "unknown <what> \"id\"" at path.key when @p known(id) is false.
 */
template<typename Known>
[[nodiscard]] QString requiredRef(const QJsonObject &object, const QString &key, const QString &path,
                                  const QString &what, const Known &known)
{
    const QString id = requiredString(object, key, path);
    if (!known(id))
        throw InputError { child(path, key), QStringLiteral("unknown %1 %2").arg(what, quoted(id)) };
    return id;
}

/** An offset `{"years", "months", "weeks", "days"}` (at least one, each within 100 years). */
[[nodiscard]] DateOffset dateOffset(const QJsonValue &value, const QString &path);

} // namespace samen::rules::json
