#include "family/membertitle.h"
#include "timeline/timelinecontroller.h"

#include "languagecontroller.h"
#include "locale/languages.h"
#include "procedure/deadlinerows.h"
#include "procedure/phases.h"
#include "texts/interviewtexts.h"
#include "texts/journeytexts.h"
#include "texts/timelinetexts.h"
#include "timeline/reminderservice.h"
#include "timeline/timelinesupport.h"
#include "vault/answerstore.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/interviewrepository.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QJsonObject>

// The read side of TimelineController: reading the vault, bringing the deadline table in step
// with the rule pack, the rows the pages show, the home screen's "what now", replanning.

using namespace samen;
using namespace TimelineSupport;

const rules::RulePack *TimelineController::pack()
{
    if (!m_pack) {
        const rules::PackLoadResult &bundled = rules::bundledPack();
        if (!bundled.pack) {
            qWarning("Samen: the rule pack could not be loaded");
            return nullptr;
        }
        m_pack = &*bundled.pack;
    }
    return m_pack;
}

QString TimelineController::language() const
{
    return m_languages.language().isEmpty() ? QStringLiteral("en") : m_languages.language();
}

void TimelineController::load()
{
    vault::PeopleRepository people(*m_db);
    vault::TimelineRepository timeline(*m_db);
    m_members.clear();
    m_stageEvents.clear();
    for (const dossier::Referent &referent : people.referents())
        m_members += people.members(referent.id);
    const auto stageEvents = timeline.stageEventsByMember();
    for (const dossier::FamilyMember &member : std::as_const(m_members))
        m_stageEvents.insert(member.id, stageEvents.value(member.id));
    m_rows = timeline.deadlines();
    m_case =
        pack() ? procedure::caseDatesFrom(vault::AnswerStore(*m_db).load(*pack())) : procedure::CaseDates();
    const auto setting =
        vault::InterviewRepository(*m_db).answer(settingsSubject.toString(), detailQuestion.toString());
    m_detailed = setting && setting->value == u"detailed";
}

void TimelineController::materialise()
{
    const rules::RulePack *rules = pack();
    if (!rules)
        return;
    QList<procedure::MemberStages> stages;
    for (const dossier::FamilyMember &member : std::as_const(m_members)) {
        procedure::MemberStages entry { member.id, {} };
        for (const dossier::StageEvent &event : m_stageEvents.value(member.id))
            entry.dates.insert(event.stage, QDate::fromString(event.date, Qt::ISODate));
        stages << entry;
    }
    const procedure::RowChanges changes =
        procedure::reconcile(m_rows, procedure::ruleDeadlines(*rules, m_case, stages));
    if (changes.isEmpty())
        return;
    vault::TimelineRepository timeline(*m_db);
    if (!procedure::apply(changes, *m_db, timeline))
        qWarning("Samen: the deadlines could not be saved");
    m_rows = timeline.deadlines();
}

QString TimelineController::memberName(qint64 memberId) const
{
    if (memberId == 0)
        return tr("Whole family");
    const auto it = std::find_if(m_members.cbegin(), m_members.cend(),
                                 [&](const dossier::FamilyMember &m) { return m.id == memberId; });
    return it == m_members.cend() ? QString() : memberTitle(*it, m_members, language());
}

QList<StageRow> TimelineController::stageRows(qint64 memberId) const
{
    QList<StageRow> rows;
    if (!m_db || !m_pack || !hasMember(memberId))
        return rows;
    const locale::DateFormatter &formatter = m_languages.dates();
    for (const rules::StageSpec &spec : m_pack->stages) {
        StageRow row { spec.id,
                       TimelineTexts::stageName(spec.id),
                       TimelineTexts::stageExplanation(spec.id),
                       {},
                       {},
                       {},
                       {},
                       spec.appointment };
        QStringList opened;
        for (const rules::DeadlineSpec *deadline : m_pack->deadlinesOpenedBy(spec.id))
            opened << TimelineTexts::deadlineTitle(deadline->id);
        if (!opened.isEmpty())
            row.opens = tr("Starts: %1").arg(opened.join(QStringLiteral(", ")));
        const QDate date = stageDate(memberId, spec.id);
        if (date.isValid()) {
            const DateTexts texts = datesOf(formatter, date);
            row.dateIso = isoOf(date);
            row.dateText = texts.gregorian;
            row.otherDateText = texts.other;
        }
        rows << row;
    }
    return rows;
}

void TimelineController::rebuild()
{
    if (pack())
        m_letters->read(*m_pack);
    const locale::DateFormatter &formatter = m_languages.dates();
    const QDate today = m_reminders.today();
    QList<DeadlineRow> deadlineRows;
    for (const dossier::Deadline &deadline : std::as_const(m_rows)) {
        const QDate due = QDate::fromString(deadline.dueDate, Qt::ISODate);
        if (!due.isValid())
            continue;
        const bool isLetter = procedure::isLetterRule(deadline.ruleId);
        const DateTexts texts = datesOf(formatter, due);
        const int days = int(today.daysTo(due));
        DeadlineRow row;
        row.deadlineId = deadline.id;
        row.memberId = deadline.memberId;
        row.ruleId = deadline.ruleId;
        const QString letterId = procedure::letterIdOf(deadline.ruleId);
        const rules::LetterSpec *letter =
            m_pack && !letterId.isEmpty() ? m_pack->journey.letter(letterId) : nullptr;
        if (letter) {
            row.title = tr("Answer the letter: %1").arg(JourneyTexts::text(letter->titleKey));
            row.explanation = JourneyTexts::text(letter->todoKey);
        } else {
            row.title = isLetter && !deadline.label.isEmpty() ? deadline.label
                                                              : TimelineTexts::deadlineTitle(deadline.ruleId);
            row.explanation = TimelineTexts::deadlineExplanation(deadline.ruleId);
        }
        row.who = memberName(deadline.memberId);
        row.dateText = texts.gregorian;
        row.otherDateText = texts.other;
        row.dueIso = deadline.dueDate;
        row.countdown = TimelineTexts::countdown(days);
        row.daysLeft = days;
        row.done = deadline.done;
        row.isLetter = isLetter;
        const QString endingStage = stageEnding(deadline.ruleId);
        row.endsWithStep = !endingStage.isEmpty();
        row.endsWithApplication = endingStage == u"applicationFiled";
        row.sentByAnswer = sentByAnswer(endingStage);
        row.kind = kindOf(deadline.ruleId);
        row.forTheInd = deadline.ruleId == indDecisionRule;
        row.snoozed = QDateTime::fromString(deadline.snoozedUntil, Qt::ISODate) > m_reminders.clock().now();
        row.fromReceiptLetter = deadline.label == procedure::receiptLetterLabel && !isLetter;
        deadlineRows << row;
    }
    // By date only: a deadline marked done stays where it was, under the finger, with its Undo.
    std::stable_sort(deadlineRows.begin(), deadlineRows.end(),
                     [](const DeadlineRow &a, const DeadlineRow &b) { return a.dueIso < b.dueIso; });
    m_deadlines->setRows(deadlineRows);
}

void TimelineController::replan()
{
    if (!m_db)
        return;
    m_reminders.replan(m_rows, m_detailed ? reminders::TextDetail::Detailed : reminders::TextDetail::Private,
                       m_languages.dates());
}

QVariantList TimelineController::members() const
{
    QVariantList list;
    for (const dossier::FamilyMember &member : m_members)
        list << QVariantMap { { QStringLiteral("memberId"), member.id },
                              { QStringLiteral("name"), memberName(member.id) } };
    return list;
}

bool TimelineController::hasMember(qint64 memberId) const
{
    return memberId != 0 &&
        std::any_of(m_members.cbegin(), m_members.cend(), [&](const auto &m) { return m.id == memberId; });
}

QString TimelineController::phaseOf(qint64 memberId) const
{
    if (!m_pack || !hasMember(memberId))
        return {};
    const QString phase = procedure::phaseOf(m_pack->journey, stageDates(memberId), m_reminders.today());
    const rules::StageSpec *application = procedure::applicationStage(*m_pack);
    if (!phase.isEmpty() || !m_case.applied || !application)
        return phase;
    // Sent on a day the user does not know: in the phase the application starts, without its date.
    const rules::PhaseSpec *sent = m_pack->journey.phaseEnteredBy(application->id);
    return sent ? sent->id : QString();
}

QHash<QString, QDate> TimelineController::stageDates(qint64 memberId) const
{
    QHash<QString, QDate> dates;
    for (const dossier::StageEvent &event : m_stageEvents.value(memberId))
        dates.insert(event.stage, QDate::fromString(event.date, Qt::ISODate));
    return m_pack ? procedure::withInterviewApplication(*m_pack, m_case, dates) : dates;
}

QList<DeadlineRow> TimelineController::deadlinesOf(qint64 memberId, const QStringList &ruleIds) const
{
    QList<DeadlineRow> rows;
    for (const DeadlineRow &row : m_deadlines->rows()) {
        if (!row.done && row.daysLeft >= 0 && (row.memberId == memberId || row.memberId == 0) &&
            ruleIds.contains(row.ruleId))
            rows << row;
    }
    return rows;
}

QDate TimelineController::stageDate(qint64 memberId, const QString &stage) const
{
    return stageDates(memberId).value(stage);
}

QString TimelineController::receiptLetterDate(qint64 memberId) const
{
    for (const dossier::Deadline &deadline : m_rows) {
        if (deadline.memberId == memberId && deadline.ruleId == u"decision" &&
            deadline.label == procedure::receiptLetterLabel)
            return deadline.dueDate;
    }
    return QString();
}

DeadlineKind::Value TimelineController::kindOf(const QString &ruleId) const
{
    const rules::DeadlineSpec *spec = m_pack ? m_pack->deadline(ruleId) : nullptr;
    return spec && spec->meaning == rules::DeadlineSpec::Meaning::EarliestDay ? DeadlineKind::EarliestDay
                                                                              : DeadlineKind::LastDay;
}

QString TimelineController::todayIso() const
{
    return isoOf(m_reminders.today());
}
