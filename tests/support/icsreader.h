#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

/** One property of an iCalendar component, unfolded and unescaped. */
struct IcsProperty
{
    QString name;
    QMap<QString, QString> parameters;
    QString value;
};

/** One component (VCALENDAR, VEVENT, VALARM) with its properties and subcomponents. */
struct IcsComponent
{
    QString name;
    QList<IcsProperty> properties;
    QList<IcsComponent> children;

    /** The value of the first property @p name, or a null string. */
    [[nodiscard]] QString value(const QString &name) const;
    /** The first property @p name, or an empty one. */
    [[nodiscard]] IcsProperty property(const QString &name) const;
    /** How many properties are called @p name. */
    [[nodiscard]] int count(const QString &name) const;
};

/**
 * A small RFC 5545 reader for the tests only: requires CRLF line ends, unfolds, splits
 * parameters and unescapes TEXT values. Returns false with @p error on malformed input.
 */
bool readIcs(const QByteArray &data, IcsComponent &calendar, QString &error);

/** @p value with the TEXT escapes (\\ \; \, \n \N) resolved. */
QString unescapeIcsText(const QString &value);
