#include "timeline/homestatus.h"

#include "dossierevents.h"
#include "locale/languages.h"
#include "timeline/phasetexts.h"
#include "timeline/reminderservice.h"
#include "timeline/timelinecontroller.h"
#include "vault/documentrepository.h"

#include <QLocale>

#include <tuple>

using namespace samen;

namespace {

constexpr int namesShown = 4;

QString namesOf(const QStringList &names)
{
    // In the language's own list form: "A, B and C", "A وB وC", "A፣ Bን Cን".
    if (names.size() <= namesShown)
        return QLocale().createSeparatedList(names);
    return QLocale().createSeparatedList(names.first(namesShown)
                                         << HomeStatus::tr("%Ln more", "", int(names.size() - namesShown)));
}

} // namespace

bool PhaseGroupRow::operator==(const PhaseGroupRow &other) const
{
    return std::tie(phaseId, title, now, names, firstMemberId) ==
        std::tie(other.phaseId, other.title, other.now, other.names, other.firstMemberId);
}

PhaseGroupModel::PhaseGroupModel(QObject *parent)
    : RowListModel(
          parent,
          {
              { PhaseIdRole, "phaseId", field<&PhaseGroupRow::phaseId> },
              { TitleRole, "title", field<&PhaseGroupRow::title> },
              { NowRole, "now", field<&PhaseGroupRow::now> },
              { NamesRole, "names", field<&PhaseGroupRow::names> },
              { FirstMemberIdRole, "firstMemberId",
                [](const PhaseGroupRow &row, int) -> QVariant { return double(row.firstMemberId); } },
          },
          TitleRole)
{ }

HomeStatus::HomeStatus(TimelineController &timeline, DossierEvents &events, QObject *parent)
    : QObject(parent)
    , m_timeline(timeline)
    , m_phases(new PhaseGroupModel(this))
{
    connect(&timeline, &TimelineController::timelineChanged, this, &HomeStatus::read);
    connect(&timeline.reminders(), &ReminderService::dueChanged, this, &HomeStatus::read);
    connect(&events, &DossierEvents::documentsChanged, this, &HomeStatus::countMissingDocuments);
    connect(&timeline, &TimelineController::familyChanged, this, &HomeStatus::countMissingDocuments);
}

void HomeStatus::setDatabase(vault::Database *db)
{
    m_db = db;
    countMissingDocuments();
    read();
}

bool HomeStatus::hasMembers() const
{
    return m_timeline.hasMembers();
}

void HomeStatus::read()
{
    readNextDeadline();
    readPhases();
    readDueReminders();
    Q_EMIT statusChanged();
}

void HomeStatus::readNextDeadline()
{
    m_next = NextDeadline();
    for (const DeadlineRow &row : m_timeline.deadlines()->rows()) {
        if (row.done || row.forTheInd || row.daysLeft < 0)
            continue;
        m_next.valid = true;
        m_next.title = row.title;
        m_next.who = row.who;
        m_next.date = row.otherDateText.isEmpty()
            ? row.dateText
            : QStringLiteral("%1 = %2").arg(row.dateText, row.otherDateText);
        m_next.ruleId = row.ruleId;
        m_next.kind = row.kind;
        m_next.countdown = row.countdown;
        m_next.days = row.daysLeft;
        return;
    }
}

void HomeStatus::readPhases()
{
    const rules::RulePack *pack = m_timeline.rulePack();
    QList<PhaseGroupRow> rows;
    if (!pack) {
        m_phases->setRows(rows);
        return;
    }
    QHash<QString, QStringList> names;
    QHash<QString, qint64> first;
    for (const dossier::FamilyMember &member : m_timeline.familyMembers()) {
        const QString phase = m_timeline.phaseOf(member.id);
        if (!first.contains(phase))
            first.insert(phase, member.id);
        names[phase] << locale::isolated(m_timeline.memberName(member.id));
    }
    QStringList order { QString() };
    for (const rules::PhaseSpec &phase : pack->journey.phases)
        order << phase.id;
    for (const QString &phase : std::as_const(order)) {
        if (!first.contains(phase))
            continue;
        const PhaseInfo info = PhaseTexts::info(*pack, phase, {});
        rows << PhaseGroupRow { phase, info.title, info.now, namesOf(names.value(phase)),
                                first.value(phase) };
    }
    m_phases->setRows(rows);
}

void HomeStatus::readDueReminders()
{
    m_dueReminders.clear();
    for (const qint64 id : m_timeline.reminders().dueDeadlineIds()) {
        for (const DeadlineRow &row : m_timeline.deadlines()->rows()) {
            if (row.deadlineId == id && !row.done)
                m_dueReminders << QStringLiteral("%1: %2").arg(locale::isolated(row.title), row.countdown);
        }
    }
}

void HomeStatus::countMissingDocuments()
{
    int missing = 0;
    if (m_db) {
        const auto documents = vault::DocumentRepository(*m_db).documentsByMember();
        for (const dossier::FamilyMember &member : m_timeline.familyMembers()) {
            for (const dossier::Document &document : documents.value(member.id)) {
                missing += document.status == dossier::DocumentStatus::Missing ||
                        document.status == dossier::DocumentStatus::Requested
                    ? 1
                    : 0;
            }
        }
    }
    if (missing == m_missingDocuments)
        return;
    m_missingDocuments = missing;
    Q_EMIT papersChanged();
}
