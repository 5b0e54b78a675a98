#pragma once

#include "kinds.h"
#include "publishedsingleton.h"
#include "rowlist.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

class DossierEvents;
class TimelineController;

namespace samen::vault {
class Database;
}

/** The soonest open deadline that is the user's to meet, for Home. */
struct NextDeadline
{
    Q_GADGET
    QML_VALUE_TYPE(nextDeadline)

    /** False when there is none. */
    Q_PROPERTY(bool valid MEMBER valid)
    /** Its title, e.g. "Apply for your family". */
    Q_PROPERTY(QString title MEMBER title)
    /** For whom: a name, or "Whole family". */
    Q_PROPERTY(QString who MEMBER who)
    /** Its day in the user's calendar, with the other calendar after "=" when different. */
    Q_PROPERTY(QString date MEMBER date)
    /** Pack rule id ("window", …) or "letter". */
    Q_PROPERTY(QString ruleId MEMBER ruleId)
    /** What its date means: the last day to act, or the first day something is possible. */
    Q_PROPERTY(DeadlineKind::Value kind MEMBER kind)
    /** Its countdown in words, e.g. "12 days left". */
    Q_PROPERTY(QString countdown MEMBER countdown)
    /** Days until it. */
    Q_PROPERTY(int days MEMBER days)

public:
    bool valid = false;
    QString title;
    QString who;
    QString date;
    QString ruleId;
    DeadlineKind::Value kind = DeadlineKind::LastDay;
    QString countdown;
    int days = 0;

    /** Field-wise equality. */
    friend bool operator==(const NextDeadline &a, const NextDeadline &b)
    {
        return a.valid == b.valid && a.title == b.title && a.who == b.who && a.date == b.date &&
            a.ruleId == b.ruleId && a.kind == b.kind && a.countdown == b.countdown && a.days == b.days;
    }
};

/** The family members who are in one phase, for Home's "what now". */
struct PhaseGroupRow
{
    /** Pack phase id; empty for "application not sent yet". */
    QString phaseId;
    /** The phase's name. */
    QString title;
    /** What the user can do now in this phase. */
    QString now;
    /** The members in it, by name, isolated, comma-separated (the first few, then "and N more"). */
    QString names;
    /** The first of them, for the button that opens their steps. */
    qint64 firstMemberId = 0;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const PhaseGroupRow &other) const;
};

/** Home's "what now" per phase: one row per phase that has members, in the order of the phases. */
class PhaseGroupModel : public SAMEN_ROW_LIST_MODEL(PhaseGroupRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HomeStatus")

public:
    /** The data of a row. */
    enum Role {
        PhaseIdRole = Qt::UserRole,
        TitleRole,
        NowRole,
        NamesRole,
        FirstMemberIdRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit PhaseGroupModel(QObject *parent);

    /** Replaces the rows. */
    void setRows(const QList<PhaseGroupRow> &rows) { updateRows(rows, &PhaseGroupRow::phaseId); }
};

/**
 * The home screen's "what now": the next deadline, each phase with its members and what to do
 * in it, papers still missing, reminders that came due. It reads what TimelineController says it
 * read and counts papers when DossierEvents says they changed; the first frame reads nothing.
 */
class HomeStatus : public QObject, public PublishedSingleton<HomeStatus>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** True when there is at least one family member. */
    Q_PROPERTY(bool hasMembers READ hasMembers NOTIFY statusChanged)
    /** The soonest open deadline of the user's own (not the IND's decision). */
    Q_PROPERTY(NextDeadline nextDeadline READ nextDeadline NOTIFY statusChanged)
    /** The phases the members are in, with what to do now. */
    Q_PROPERTY(PhaseGroupModel *phases READ phases CONSTANT)
    /** Papers of the family still missing or requested. */
    Q_PROPERTY(int missingDocuments READ missingDocuments NOTIFY papersChanged)
    /** Deadlines whose reminders were due when the vault opened: "title: countdown" lines. */
    Q_PROPERTY(QStringList dueReminders READ dueReminders NOTIFY statusChanged)

public:
    /** Reads @p timeline and follows @p events; both must outlive it. */
    HomeStatus(TimelineController &timeline, DossierEvents &events, QObject *parent);

    /** The unlocked vault (for counting papers), or nullptr when it closes. */
    void setDatabase(samen::vault::Database *db);

    [[nodiscard]] bool hasMembers() const;
    [[nodiscard]] NextDeadline nextDeadline() const { return m_next; }
    [[nodiscard]] PhaseGroupModel *phases() const { return m_phases; }
    [[nodiscard]] int missingDocuments() const { return m_missingDocuments; }
    [[nodiscard]] QStringList dueReminders() const { return m_dueReminders; }

Q_SIGNALS:
    /** hasMembers, nextDeadline, dueReminders or the phases were read again. */
    void statusChanged();
    /** missingDocuments. */
    void papersChanged();

private:
    void read();
    void readNextDeadline();
    void readPhases();
    void readDueReminders();
    void countMissingDocuments();

    TimelineController &m_timeline;
    samen::vault::Database *m_db = nullptr;
    PhaseGroupModel *m_phases;
    NextDeadline m_next;
    QStringList m_dueReminders;
    int m_missingDocuments = 0;
};
