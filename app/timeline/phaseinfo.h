#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

/**
 * The phase a family member is in after the application, as one value for QML: its name, what
 * happens, what the user can do now, what the family abroad must do, how long it usually takes
 * (only where the pack has a source) and the open dates of this phase. All in the user's language.
 */
struct PhaseInfo
{
    Q_GADGET
    QML_VALUE_TYPE(phaseInfo)

    /** Pack phase id, e.g. "waiting"; empty before the application is sent. */
    Q_PROPERTY(QString id MEMBER id)
    /** Its name, e.g. "Waiting for the IND". */
    Q_PROPERTY(QString title MEMBER title)
    /** What happens in this phase. */
    Q_PROPERTY(QString what MEMBER what)
    /** What the user can do now. */
    Q_PROPERTY(QString now MEMBER now)
    /** What the family abroad must do. */
    Q_PROPERTY(QString abroad MEMBER abroad)
    /** How long it usually takes and by how much it can be extended; empty when no source says. */
    Q_PROPERTY(QString duration MEMBER duration)
    /** The open deadlines of this phase: "title: date (countdown)". */
    Q_PROPERTY(QStringList dates MEMBER dates)

public:
    QString id;
    QString title;
    QString what;
    QString now;
    QString abroad;
    QString duration;
    QStringList dates;

    /** Field-wise equality. */
    friend bool operator==(const PhaseInfo &a, const PhaseInfo &b)
    {
        return a.id == b.id && a.title == b.title && a.what == b.what && a.now == b.now &&
            a.abroad == b.abroad && a.duration == b.duration && a.dates == b.dates;
    }
};
