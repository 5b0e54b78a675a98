#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace samen::vault {

class Database;

/** A verdict as a member was shown it, with the date of the rules it came from. */
struct VerdictRecord
{
    /** Row id; 0 before it is stored. */
    qint64 id = 0;
    /** The member's id in the interview ("m1"). */
    QString interviewId;
    /** The outcome as the pack spells it ("nareis", "advice", …). */
    QString outcome;
    /** The rule that decided it. */
    QString ruleId;
    /** For a wait: the first day to apply; invalid otherwise. */
    QDate earliest;
    /** The "rules as of" date of the pack that gave the verdict. */
    QDate rulesAsOf;
    /** When it was recorded (UTC). */
    QDateTime recordedAt;

    /** Same verdict (outcome, rule and date), whenever and with whichever rules it was recorded. */
    [[nodiscard]] bool sameVerdict(const VerdictRecord &other) const
    {
        return outcome == other.outcome && ruleId == other.ruleId && earliest == other.earliest;
    }
};

/** The verdicts members were shown, oldest first, and the vault's own notes about them. */
class VerdictRepository
{
public:
    /** Works on the unlocked @p db, which must outlive the repository. */
    explicit VerdictRepository(Database &db);

    /** Appends @p records in one transaction; false (nothing stored) on any error. */
    [[nodiscard]] bool append(const QList<VerdictRecord> &records);
    /** The verdicts @p interviewId was shown, oldest first. */
    [[nodiscard]] QList<VerdictRecord> history(const QString &interviewId);
    /** Per interview member id, the verdict shown last. */
    [[nodiscard]] QHash<QString, VerdictRecord> latest();
    /** Deletes the history of @p interviewId; false on error. */
    [[nodiscard]] bool removeMember(const QString &interviewId);
    /** The rules date an upgraded vault's verdicts were shown with, if it still has to be recorded. */
    [[nodiscard]] std::optional<QDate> upgradedFromRulesOf();
    /** Forgets the upgrade note once its verdicts are recorded. */
    [[nodiscard]] bool clearUpgradeNote();

private:
    Database &m_db;
};

} // namespace samen::vault
