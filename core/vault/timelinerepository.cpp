#include "vault/timelinerepository.h"

#include "vault/repositorysupport.h"

namespace samen::vault {

using namespace dossier;
using namespace detail;

namespace {

StageEvent readStageEvent(const Statement &row)
{
    return { row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4) };
}

Deadline readDeadline(const Statement &row)
{
    return { row.integer(0),      row.integer(1), row.text(2), row.text(3),
             row.integer(4) != 0, row.text(5),    row.text(6) };
}

Reminder readReminder(const Statement &row)
{
    return { row.integer(0), row.integer(1), row.text(2), row.integer(3) != 0 };
}

constexpr const char *deadlineColumns =
    "SELECT id, member_id, rule_id, due_date, done, label, snoozed_until FROM deadline ";

} // namespace

TimelineRepository::TimelineRepository(Database &db)
    : m_db(db)
{ }

bool TimelineRepository::save(StageEvent &event)
{
    Statement statement =
        m_db.prepare(event.id == 0 ? "INSERT INTO stage_event (member_id, stage, date, note) "
                                     "VALUES (?1, ?2, ?3, ?4)"
                                   : "UPDATE OR FAIL stage_event SET member_id = ?1, stage = ?2, date = ?3, "
                                     "note = ?4 WHERE id = ?5");
    statement.bind(1, event.memberId).bind(2, event.stage).bind(3, event.date).bind(4, event.note);
    if (event.id != 0)
        statement.bind(5, event.id);
    return runSave(m_db, statement, &event.id);
}

QList<StageEvent> TimelineRepository::stageEvents(qint64 memberId)
{
    Statement statement = m_db.prepare("SELECT id, member_id, stage, date, note FROM stage_event "
                                       "WHERE member_id = ?1 ORDER BY date, id");
    statement.bind(1, memberId);
    return readAll<StageEvent>(statement, readStageEvent);
}

QHash<qint64, QList<StageEvent>> TimelineRepository::stageEventsByMember()
{
    Statement statement =
        m_db.prepare("SELECT id, member_id, stage, date, note FROM stage_event ORDER BY member_id, date, id");
    return readGrouped<StageEvent>(statement, readStageEvent,
                                   [](const StageEvent &row) { return row.memberId; });
}

bool TimelineRepository::removeStageEvent(qint64 id)
{
    return removeById(m_db, "DELETE FROM stage_event WHERE id = ?1", id);
}

bool TimelineRepository::save(Deadline &deadline)
{
    Statement statement = m_db.prepare(
        deadline.id == 0 ? "INSERT INTO deadline (member_id, rule_id, due_date, done, label, snoozed_until) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                         : "UPDATE OR FAIL deadline SET member_id = ?1, rule_id = ?2, due_date = ?3, "
                           "done = ?4, label = ?5, snoozed_until = ?6 WHERE id = ?7");
    bindOptionalId(statement, 1, deadline.memberId).bind(2, deadline.ruleId).bind(3, deadline.dueDate);
    statement.bind(4, qint64(deadline.done ? 1 : 0)).bind(5, deadline.label).bind(6, deadline.snoozedUntil);
    if (deadline.id != 0)
        statement.bind(7, deadline.id);
    return runSave(m_db, statement, &deadline.id);
}

std::optional<Deadline> TimelineRepository::deadline(qint64 id)
{
    Statement statement = m_db.prepare((QByteArray(deadlineColumns) + "WHERE id = ?1").constData());
    statement.bind(1, id);
    return readOne<Deadline>(statement, readDeadline);
}

QList<Deadline> TimelineRepository::deadlines()
{
    Statement statement = m_db.prepare((QByteArray(deadlineColumns) + "ORDER BY due_date, id").constData());
    return readAll<Deadline>(statement, readDeadline);
}

bool TimelineRepository::removeDeadline(qint64 id)
{
    return removeById(m_db, "DELETE FROM deadline WHERE id = ?1", id);
}

bool TimelineRepository::save(Reminder &reminder)
{
    Statement statement = m_db.prepare(
        reminder.id == 0 ? "INSERT INTO reminder (deadline_id, fire_at, dismissed) "
                           "VALUES (?1, ?2, ?3)"
                         : "UPDATE OR FAIL reminder SET deadline_id = ?1, fire_at = ?2, dismissed = ?3 "
                           "WHERE id = ?4");
    statement.bind(1, reminder.deadlineId)
        .bind(2, reminder.fireAt)
        .bind(3, qint64(reminder.dismissed ? 1 : 0));
    if (reminder.id != 0)
        statement.bind(4, reminder.id);
    return runSave(m_db, statement, &reminder.id);
}

QList<Reminder> TimelineRepository::pendingReminders()
{
    Statement statement = m_db.prepare("SELECT id, deadline_id, fire_at, dismissed FROM reminder "
                                       "WHERE dismissed = 0 ORDER BY fire_at, id");
    return readAll<Reminder>(statement, readReminder);
}

bool TimelineRepository::removeReminder(qint64 id)
{
    return removeById(m_db, "DELETE FROM reminder WHERE id = ?1", id);
}

} // namespace samen::vault
