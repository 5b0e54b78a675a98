#pragma once

#include "dossier/timeline.h"

#include <QHash>
#include <QList>

#include <optional>

namespace samen::vault {

class Database;

/** Stores stage events, deadlines and reminders. */
class TimelineRepository
{
public:
    /** Works on the unlocked @p db, which must outlive the repository. */
    explicit TimelineRepository(Database &db);

    /** Inserts @p event (id 0, then sets the id) or updates it. */
    [[nodiscard]] bool save(dossier::StageEvent &event);
    /** The stages of @p memberId, by date then id. */
    [[nodiscard]] QList<dossier::StageEvent> stageEvents(qint64 memberId);
    /** The stage events of every member, by member id, each list as stageEvents() orders it. */
    [[nodiscard]] QHash<qint64, QList<dossier::StageEvent>> stageEventsByMember();
    /** Deletes a stage event. */
    [[nodiscard]] bool removeStageEvent(qint64 id);

    /** Inserts @p deadline (id 0, then sets the id) or updates it. */
    [[nodiscard]] bool save(dossier::Deadline &deadline);
    /** The deadline with @p id. */
    [[nodiscard]] std::optional<dossier::Deadline> deadline(qint64 id);
    /** Every deadline, soonest first. */
    [[nodiscard]] QList<dossier::Deadline> deadlines();
    /** Deletes a deadline with its reminders. */
    [[nodiscard]] bool removeDeadline(qint64 id);

    /** Inserts @p reminder (id 0, then sets the id) or updates it. */
    [[nodiscard]] bool save(dossier::Reminder &reminder);
    /** Reminders not yet dismissed, earliest first. */
    [[nodiscard]] QList<dossier::Reminder> pendingReminders();
    /** Deletes a reminder. */
    [[nodiscard]] bool removeReminder(qint64 id);

private:
    Database &m_db;
};

} // namespace samen::vault
