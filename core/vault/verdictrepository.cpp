#include "vault/verdictrepository.h"

#include "vault/repositorysupport.h"

namespace samen::vault {

using namespace detail;

namespace {

constexpr const char *upgradeNote = "verdictsShownWithRulesOf";

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

VerdictRecord readRecord(const Statement &row)
{
    VerdictRecord record;
    record.id = row.integer(0);
    record.interviewId = row.text(1);
    record.outcome = row.text(2);
    record.ruleId = row.text(3);
    record.earliest = QDate::fromString(row.text(4), Qt::ISODate);
    record.rulesAsOf = QDate::fromString(row.text(5), Qt::ISODate);
    record.recordedAt = QDateTime::fromString(row.text(6), Qt::ISODate);
    return record;
}

} // namespace

VerdictRepository::VerdictRepository(Database &db)
    : m_db(db)
{ }

bool VerdictRepository::append(const QList<VerdictRecord> &records)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    for (const VerdictRecord &record : records) {
        Statement statement = m_db.prepare(
            "INSERT INTO verdict_record (interview_id, outcome, rule_id, earliest, rules_as_of, recorded_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        statement.bind(1, record.interviewId).bind(2, record.outcome).bind(3, record.ruleId);
        statement.bind(4, isoOrEmpty(record.earliest)).bind(5, isoOrEmpty(record.rulesAsOf));
        statement.bind(6, record.recordedAt.toUTC().toString(Qt::ISODate));
        if (!statement.run())
            return false;
    }
    return transaction.commit();
}

QList<VerdictRecord> VerdictRepository::history(const QString &interviewId)
{
    Statement statement = m_db.prepare(
        "SELECT id, interview_id, outcome, rule_id, earliest, rules_as_of, recorded_at FROM verdict_record "
        "WHERE interview_id = ?1 ORDER BY id");
    statement.bind(1, interviewId);
    return readAll<VerdictRecord>(statement, readRecord);
}

QHash<QString, VerdictRecord> VerdictRepository::latest()
{
    Statement statement = m_db.prepare(
        "SELECT id, interview_id, outcome, rule_id, earliest, rules_as_of, recorded_at FROM verdict_record "
        "WHERE id IN (SELECT MAX(id) FROM verdict_record GROUP BY interview_id)");
    QHash<QString, VerdictRecord> latest;
    for (const VerdictRecord &record : readAll<VerdictRecord>(statement, readRecord))
        latest.insert(record.interviewId, record);
    return latest;
}

bool VerdictRepository::removeMember(const QString &interviewId)
{
    Statement statement = m_db.prepare("DELETE FROM verdict_record WHERE interview_id = ?1");
    statement.bind(1, interviewId);
    return statement.run();
}

std::optional<QDate> VerdictRepository::upgradedFromRulesOf()
{
    Statement statement = m_db.prepare("SELECT value FROM vault_note WHERE key = ?1");
    statement.bind(1, QString::fromLatin1(upgradeNote));
    const auto value = readOne<QString>(statement, [](const Statement &row) { return row.text(0); });
    if (!value)
        return std::nullopt;
    const QDate date = QDate::fromString(*value, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

bool VerdictRepository::clearUpgradeNote()
{
    Statement statement = m_db.prepare("DELETE FROM vault_note WHERE key = ?1");
    statement.bind(1, QString::fromLatin1(upgradeNote));
    return statement.run();
}

} // namespace samen::vault
