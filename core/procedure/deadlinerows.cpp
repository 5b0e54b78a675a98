#include "procedure/deadlinerows.h"

#include "vault/database.h"
#include "vault/timelinerepository.h"

#include <QSet>

namespace samen::procedure {

namespace {

using Key = std::pair<qint64, QString>;

constexpr QStringView decisionRule = u"decision";

bool isPinned(const dossier::Deadline &row)
{
    return row.ruleId == decisionRule && row.label == receiptLetterLabel;
}

} // namespace

RowChanges reconcile(const QList<dossier::Deadline> &existing, const QList<RuleDeadline> &wanted)
{
    RowChanges changes;
    QHash<Key, dossier::Deadline> byKey;
    for (const dossier::Deadline &row : existing) {
        if (isLetterRule(row.ruleId))
            continue;
        const Key key { row.memberId, row.ruleId };
        if (byKey.contains(key))
            changes.remove << row.id;
        else
            byKey.insert(key, row);
    }
    QSet<Key> kept;
    for (const RuleDeadline &deadline : wanted) {
        const Key key { deadline.memberId, deadline.ruleId };
        if (kept.contains(key))
            continue;
        kept.insert(key);
        dossier::Deadline row = byKey.value(key);
        const dossier::Deadline before = row;
        row.memberId = deadline.memberId;
        row.ruleId = deadline.ruleId;
        if (!isPinned(row))
            row.dueDate = deadline.due.toString(Qt::ISODate);
        row.done = deadline.closable ? deadline.closed : row.done || deadline.closed;
        if (row.id == 0 || !(row == before))
            changes.save << row;
    }
    for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it) {
        if (!kept.contains(it.key()))
            changes.remove << it.value().id;
    }
    std::sort(changes.remove.begin(), changes.remove.end());
    return changes;
}

bool apply(const RowChanges &changes, vault::Database &db, vault::TimelineRepository &repository)
{
    if (changes.isEmpty())
        return true;
    vault::Transaction transaction(db);
    if (!transaction.isActive())
        return false;
    for (const qint64 id : changes.remove) {
        if (!repository.removeDeadline(id))
            return false;
    }
    for (dossier::Deadline row : changes.save) {
        if (!repository.save(row))
            return false;
    }
    return transaction.commit();
}

reminders::DeadlineKind reminderKind(const QString &ruleId)
{
    using reminders::DeadlineKind;
    static const QHash<QString, DeadlineKind> kinds = {
        { u"window"_qs, DeadlineKind::NareisWindow },  { u"decision"_qs, DeadlineKind::DecisionPeriod },
        { u"objection"_qs, DeadlineKind::Objection },  { u"mvvCollection"_qs, DeadlineKind::MvvCollection },
        { u"travel"_qs, DeadlineKind::Travel },        { u"gpVisit"_qs, DeadlineKind::GpVisit },
        { u"bStatusWait"_qs, DeadlineKind::WaitEnds }, { u"letter"_qs, DeadlineKind::Letter },
    };
    return kinds.value(ruleId, DeadlineKind::Letter);
}

QString reminderId(qint64 rowId)
{
    return u'd' + QString::number(rowId);
}

qint64 rowIdOf(const QString &id)
{
    if (!id.startsWith(u'd'))
        return 0;
    bool ok = false;
    const qint64 value = id.mid(1).toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

reminders::Deadline toReminderDeadline(const dossier::Deadline &row)
{
    const QString label = isLetterRule(row.ruleId) ? row.label : QString();
    return { reminderId(row.id), reminderKind(row.ruleId), QDate::fromString(row.dueDate, Qt::ISODate),
             label };
}

QList<reminders::Deadline> toReminderDeadlines(const QList<dossier::Deadline> &rows)
{
    QList<reminders::Deadline> result;
    for (const dossier::Deadline &row : rows) {
        const reminders::Deadline deadline = toReminderDeadline(row);
        if (deadline.due.isValid())
            result << deadline;
    }
    return result;
}

QHash<QString, reminders::ReminderState> reminderStates(const QList<dossier::Deadline> &rows)
{
    QHash<QString, reminders::ReminderState> states;
    for (const dossier::Deadline &row : rows) {
        const QDateTime snoozed = QDateTime::fromString(row.snoozedUntil, Qt::ISODate);
        if (!row.done && !snoozed.isValid())
            continue;
        states.insert(reminderId(row.id), { snoozed, row.done });
    }
    return states;
}

} // namespace samen::procedure
