#include "timeline/timelinecontroller.h"

#include "fileplaces.h"

#include "dossierevents.h"
#include "languagecontroller.h"
#include "procedure/deadlinerows.h"
#include "reminders/calendarexport.h"
#include "texts/timelinetexts.h"
#include "timeline/reminderservice.h"
#include "timeline/timelinesupport.h"
#include "vault/database.h"
#include "vault/interviewrepository.h"
#include "vault/timelinerepository.h"

#include <QSaveFile>

// The write side of TimelineController: stage dates, the receipt letter, letters, done and
// snooze, the reminder setting and the calendar export. The read side is in timelineview.cpp.

using namespace samen;
using namespace TimelineSupport;

namespace {

const QDate earliestStageDate(2000, 1, 1);

} // namespace

TimelineController::TimelineController(const LanguageController &languages, ReminderService &reminders,
                                       DossierEvents &events, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_reminders(reminders)
    , m_events(events)
    , m_deadlines(new DeadlineModel(this))
    , m_letters(new LetterModel(this))
{
    const auto rewrite = [this] {
        if (m_db) {
            rebuild();
            replan();
            announceAll();
        }
    };
    connect(&languages, &LanguageController::languageChanged, this, rewrite);
    connect(&languages, &LanguageController::datesChanged, this, rewrite);
    connect(&events, &DossierEvents::answersChanged, this, &TimelineController::followAnswers);
    connect(&events, &DossierEvents::membersChanged, this, &TimelineController::readAll);
    connect(&events, &DossierEvents::memberRemoved, this, &TimelineController::readAll);
    connect(&events, &DossierEvents::stagesChanged, this, &TimelineController::readAll);
    connect(&events, &DossierEvents::deadlinesChanged, this, &TimelineController::readAll);
}

TimelineController::~TimelineController() = default;

void TimelineController::setDatabase(vault::Database *db)
{
    m_db = db;
    m_members.clear();
    m_stageEvents.clear();
    m_rows.clear();
    m_detailed = false;
    m_error.clear();
    if (m_db) {
        m_reminders.startSession();
        readAll();
        return;
    }
    rebuild();
    announceAll();
}

void TimelineController::announceAll()
{
    Q_EMIT familyChanged();
    Q_EMIT timelineChanged();
    Q_EMIT errorChanged();
    Q_EMIT settingsChanged();
}

void TimelineController::readAll()
{
    if (!m_db)
        return;
    load();
    materialise();
    rebuild();
    replan();
    announceAll();
}

void TimelineController::followAnswers(const QString &subject)
{
    // The deadlines follow the user's own answers (the decision date, the status, the day the
    // application was sent); a family member's answers reach the timeline as family rows
    // (membersChanged).
    if (subject == DossierEvents::allSubjects() || subject == u"sponsor" || subject == u"case")
        readAll();
}

bool TimelineController::stagesWritten(qint64 memberId)
{
    m_error.clear();
    Q_EMIT m_events.stagesChanged(memberId);
    return true;
}

bool TimelineController::deadlinesWritten()
{
    m_error.clear();
    Q_EMIT m_events.deadlinesChanged();
    return true;
}

bool TimelineController::failAndTryAgain()
{
    return fail(tr("This did not work. Please try again."));
}

qint64 TimelineController::knownMember(double memberId)
{
    const auto id = qint64(memberId);
    return hasMember(id) ? id : 0;
}

bool TimelineController::fail(const QString &message)
{
    m_error = message;
    Q_EMIT errorChanged();
    return false;
}

std::optional<QDate> TimelineController::checkedDate(const QString &isoDate, bool mayBeFuture)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid()) {
        fail(tr("This day does not exist. Please check the date."));
        return std::nullopt;
    }
    if (date < earliestStageDate) {
        fail(tr("This date is too long ago. Please check the year."));
        return std::nullopt;
    }
    if (!mayBeFuture && date > m_reminders.today()) {
        fail(tr("This date is in the future. Choose the day it happened."));
        return std::nullopt;
    }
    return date;
}

bool TimelineController::writeStage(qint64 memberId, const QString &stage, const QDate &date)
{
    vault::TimelineRepository timeline(*m_db);
    for (dossier::StageEvent event : m_stageEvents.value(memberId)) {
        if (event.stage != stage)
            continue;
        if (!date.isValid())
            return timeline.removeStageEvent(event.id);
        event.date = isoOf(date);
        return timeline.save(event);
    }
    if (!date.isValid())
        return true;
    dossier::StageEvent event { 0, memberId, stage, isoOf(date), QString() };
    return timeline.save(event);
}

bool TimelineController::hasOwnDate(qint64 memberId, const QString &stage) const
{
    const auto events = m_stageEvents.value(memberId);
    return std::any_of(events.cbegin(), events.cend(),
                       [&](const dossier::StageEvent &event) { return event.stage == stage; });
}

bool TimelineController::sentByAnswer(const QString &stage) const
{
    const rules::StageSpec *application = m_pack ? procedure::applicationStage(*m_pack) : nullptr;
    return m_case.applied && application && application->id == stage;
}

bool TimelineController::failAnsweredInQuestions()
{
    return fail(tr("You said in the questions about your family that the application is sent. To change "
                   "this, change that answer."));
}

bool TimelineController::isBeforeFiling(qint64 memberId, const QString &stage, QDate date) const
{
    const QDate filed = stageDate(memberId, QStringLiteral("applicationFiled"));
    return stage != u"applicationFiled" && filed.isValid() && date < filed;
}

QString TimelineController::orderProblem(qint64 memberId, const QString &stage, QDate date) const
{
    if (isBeforeFiling(memberId, stage, date))
        return tr("This date is before the day you sent the application. Please check both dates.");
    const QString other = outOfOrderWith(memberId, stage, date);
    return other.isEmpty()
        ? QString()
        : tr("This date does not fit with the date of the step \"%1\". Please check both dates.").arg(other);
}

QString TimelineController::outOfOrderWith(qint64 memberId, const QString &stage, QDate date) const
{
    for (const auto &other : m_pack->stages) {
        const QDate otherDate = stageDate(memberId, other.id);
        if (!otherDate.isValid() || other.id == stage)
            continue;
        const bool mustBeEarlier = m_pack->stage(stage)->notBefore.contains(other.id) && otherDate > date;
        const bool mustBeLater = other.notBefore.contains(stage) && otherDate < date;
        if (mustBeEarlier || mustBeLater)
            return TimelineTexts::stageName(other.id);
    }
    return {};
}

bool TimelineController::setStageDate(double memberId, const QString &stage, const QString &isoDate)
{
    const qint64 member = knownMember(memberId);
    if (!m_db || member == 0 || !pack() || !m_pack->stage(stage))
        return failAndTryAgain();
    const auto date = checkedDate(isoDate, m_pack->stage(stage)->appointment);
    if (!date)
        return false;
    if (const QString problem = orderProblem(member, stage, *date); !problem.isEmpty())
        return fail(problem);
    if (!writeStage(member, stage, *date))
        return failAndTryAgain();
    return stagesWritten(member);
}

bool TimelineController::setStageDateForAll(const QString &stage, const QString &isoDate)
{
    if (!m_db || m_members.isEmpty() || !pack() || !m_pack->stage(stage))
        return failAndTryAgain();
    const auto date = checkedDate(isoDate, m_pack->stage(stage)->appointment);
    if (!date)
        return false;
    for (const dossier::FamilyMember &member : std::as_const(m_members)) {
        if (const QString problem = orderProblem(member.id, stage, *date); !problem.isEmpty())
            return fail(problem);
    }
    vault::Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    for (const dossier::FamilyMember &member : std::as_const(m_members))
        ok = ok && writeStage(member.id, stage, *date);
    if (!ok || !transaction.commit())
        return failAndTryAgain();
    return stagesWritten(0);
}

bool TimelineController::clearStage(double memberId, const QString &stage)
{
    const qint64 member = knownMember(memberId);
    if (m_db && member != 0 && !hasOwnDate(member, stage) && sentByAnswer(stage))
        return failAnsweredInQuestions();
    if (!m_db || member == 0 || !writeStage(member, stage, QDate()))
        return failAndTryAgain();
    return stagesWritten(member);
}

std::optional<dossier::Deadline> TimelineController::row(qint64 deadlineId) const
{
    for (const dossier::Deadline &deadline : m_rows) {
        if (deadline.id == deadlineId)
            return deadline;
    }
    return std::nullopt;
}

bool TimelineController::saveRow(dossier::Deadline deadline)
{
    vault::TimelineRepository timeline(*m_db);
    if (!timeline.save(deadline))
        return failAndTryAgain();
    return deadlinesWritten();
}

bool TimelineController::setReceiptLetterDate(double memberId, const QString &isoDate)
{
    const qint64 member = knownMember(memberId);
    const QDate filed = stageDate(member, QStringLiteral("applicationFiled"));
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!m_db || member == 0 || !filed.isValid())
        return fail(tr("First enter the day you sent the application."));
    if (!date.isValid())
        return fail(tr("This day does not exist. Please check the date."));
    if (date <= filed)
        return fail(tr("This date is before the day you sent the application. Please check both dates."));
    for (dossier::Deadline deadline : std::as_const(m_rows)) {
        if (deadline.memberId == member && deadline.ruleId == u"decision") {
            deadline.dueDate = isoOf(date);
            deadline.label = procedure::receiptLetterLabel.toString();
            return saveRow(deadline);
        }
    }
    return failAndTryAgain();
}

bool TimelineController::clearReceiptLetterDate(double memberId)
{
    const qint64 member = knownMember(memberId);
    for (dossier::Deadline deadline : std::as_const(m_rows)) {
        if (member != 0 && deadline.memberId == member && deadline.ruleId == u"decision") {
            deadline.label.clear();
            return saveRow(deadline);
        }
    }
    return true;
}

void TimelineController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    Q_EMIT errorChanged();
}

bool TimelineController::setDone(qint64 deadlineId, bool done)
{
    auto deadline = row(deadlineId);
    if (!m_db || !deadline)
        return failAndTryAgain();
    if (!stageEnding(deadline->ruleId).isEmpty()) {
        if (!done && sentByAnswer(stageEnding(deadline->ruleId)))
            return failAnsweredInQuestions();
        if (done || !writeStageFor(*deadline, QDate()))
            return failAndTryAgain();
        deadline = row(deadlineId);
        if (!deadline)
            return true;
    }
    deadline->done = done;
    return saveRow(*deadline);
}

QString TimelineController::stageEnding(const QString &ruleId)
{
    if (!pack())
        return {};
    for (const rules::StageSpec &spec : m_pack->stages) {
        if (spec.closes.contains(ruleId))
            return spec.id;
    }
    return {};
}

QList<qint64> TimelineController::membersOf(const dossier::Deadline &deadline) const
{
    if (deadline.memberId != 0)
        return { deadline.memberId };
    QList<qint64> ids;
    for (const dossier::FamilyMember &member : m_members)
        ids << member.id;
    return ids;
}

bool TimelineController::writeStageFor(const dossier::Deadline &deadline, const QDate &date)
{
    const QString stage = stageEnding(deadline.ruleId);
    vault::Transaction transaction(*m_db);
    bool ok = !stage.isEmpty() && transaction.isActive();
    for (const qint64 member : membersOf(deadline))
        ok = ok && writeStage(member, stage, date);
    if (!ok || !transaction.commit())
        return false;
    return stagesWritten(deadline.memberId);
}

bool TimelineController::recordStep(qint64 deadlineId, const QString &isoDate)
{
    const auto deadline = row(deadlineId);
    if (!m_db || !deadline || stageEnding(deadline->ruleId).isEmpty())
        return failAndTryAgain();
    const auto date = checkedDate(isoDate, false);
    if (!date)
        return false;
    if (!writeStageFor(*deadline, *date))
        return failAndTryAgain();
    return true;
}

bool TimelineController::snooze(qint64 deadlineId, int days)
{
    auto deadline = row(deadlineId);
    if (!m_db || !deadline || (days != 1 && days != 7))
        return failAndTryAgain();
    deadline->snoozedUntil = m_reminders.clock().now().toUTC().addDays(days).toString(Qt::ISODate);
    return saveRow(*deadline);
}

bool TimelineController::addLetterDeadline(qint64 memberId, const QString &label, const QString &isoDate)
{
    const bool knownMember = memberId == 0 || hasMember(memberId);
    if (!m_db || !knownMember)
        return failAndTryAgain();
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid())
        return fail(tr("This day does not exist. Please check the date."));
    if (date < m_reminders.today())
        return fail(tr("This day has passed. Choose the date in the letter."));
    dossier::Deadline deadline { 0,           memberId, procedure::letterRule.toString(),
                                 isoOf(date), false,    label.trimmed(),
                                 QString() };
    return saveRow(deadline);
}

bool TimelineController::recordLetter(double memberId, bool forEveryone, const QString &letterId,
                                      const QString &letterDateIso, const QString &dateInLetterIso)
{
    const qint64 member = knownMember(memberId);
    const rules::LetterSpec *letter = pack() ? m_pack->journey.letter(letterId) : nullptr;
    if (!m_db || member == 0 || !letter)
        return failAndTryAgain();
    QList<qint64> members { member };
    if (forEveryone) {
        members.clear();
        for (const dossier::FamilyMember &each : std::as_const(m_members))
            members << each.id;
    }
    QDate dateInLetter;
    const auto letterDate =
        checkedLetterDates(*letter, members, letterDateIso, dateInLetterIso, &dateInLetter);
    if (!letterDate)
        return false;
    if (!writeLetter(*letter, members, forEveryone, *letterDate, dateInLetter))
        return failAndTryAgain();
    m_error.clear();
    if (!letter->stage.isEmpty())
        Q_EMIT m_events.stagesChanged(forEveryone ? 0 : member);
    Q_EMIT m_events.deadlinesChanged();
    return true;
}

std::optional<QDate> TimelineController::checkedLetterDates(const rules::LetterSpec &letter,
                                                            const QList<qint64> &members,
                                                            const QString &letterDateIso,
                                                            const QString &dateInLetterIso,
                                                            QDate *dateInLetter)
{
    QDate letterDate;
    if (!letter.stage.isEmpty()) {
        const auto checked = checkedDate(letterDateIso, false);
        if (!checked)
            return std::nullopt;
        letterDate = *checked;
        for (const qint64 member : members) {
            if (const QString problem = orderProblem(member, letter.stage, letterDate); !problem.isEmpty()) {
                fail(problem);
                return std::nullopt;
            }
        }
    }
    if (letter.deadlineInLetter || !letter.datesDeadline.isEmpty()) {
        *dateInLetter = QDate::fromString(dateInLetterIso, Qt::ISODate);
        if (!dateInLetter->isValid()) {
            fail(tr("This day does not exist. Please check the date."));
            return std::nullopt;
        }
        if (*dateInLetter < m_reminders.today()) {
            fail(tr("This day has passed. Choose the date in the letter."));
            return std::nullopt;
        }
    }
    if (!letter.datesDeadline.isEmpty()) {
        for (const qint64 member : members) {
            if (!stageDate(member, QStringLiteral("applicationFiled")).isValid()) {
                fail(tr("First enter the day you sent the application."));
                return std::nullopt;
            }
        }
    }
    return letterDate;
}

bool TimelineController::writeLetter(const rules::LetterSpec &letter, const QList<qint64> &members,
                                     bool forEveryone, QDate letterDate, QDate dateInLetter)
{
    vault::Transaction transaction(*m_db);
    vault::TimelineRepository timeline(*m_db);
    bool ok = transaction.isActive();
    for (const qint64 member : members) {
        if (!letter.stage.isEmpty())
            ok = ok && writeStage(member, letter.stage, letterDate);
        for (dossier::Deadline row : std::as_const(m_rows)) {
            if (!letter.datesDeadline.isEmpty() && row.memberId == member &&
                row.ruleId == letter.datesDeadline) {
                row.dueDate = isoOf(dateInLetter);
                row.label = procedure::receiptLetterLabel.toString();
                ok = ok && timeline.save(row);
            }
        }
    }
    if (letter.deadlineInLetter) {
        dossier::Deadline answer { 0,
                                   forEveryone ? 0 : members.first(),
                                   procedure::letterRuleFor(letter.id),
                                   isoOf(dateInLetter),
                                   false,
                                   QString(),
                                   QString() };
        ok = ok && timeline.save(answer);
    }
    return ok && transaction.commit();
}

bool TimelineController::removeLetterDeadline(qint64 deadlineId)
{
    const auto deadline = row(deadlineId);
    if (!m_db || !deadline || !procedure::isLetterRule(deadline->ruleId))
        return failAndTryAgain();
    vault::TimelineRepository timeline(*m_db);
    if (!timeline.removeDeadline(deadlineId))
        return failAndTryAgain();
    return deadlinesWritten();
}

bool TimelineController::exportCalendar(const QUrl &file, bool includeNotes)
{
    const QString path = FilePlaces::pathOf(file);
    if (!m_db || path.isEmpty())
        return failAndTryAgain();
    const reminders::CalendarExport exporter(m_reminders.clock());
    reminders::CalendarOptions options;
    options.detail = m_detailed ? reminders::TextDetail::Detailed : reminders::TextDetail::Private;
    options.includeLabels = includeNotes;
    const QByteArray bytes = exporter.write(procedure::toReminderDeadlines(m_rows),
                                            procedure::reminderStates(m_rows), options, &m_languages.dates());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("The file could not be saved. Choose another place."));
    // Labels may name people: owner-only (0600) before the first byte, where the file system has modes.
    (void)out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(bytes) != bytes.size() || !out.commit())
        return fail(tr("The file could not be saved. Choose another place."));
    m_error.clear();
    Q_EMIT errorChanged();
    return true;
}

void TimelineController::setDetailedReminders(bool detailed)
{
    if (!m_db || detailed == m_detailed)
        return;
    vault::InterviewRepository repository(*m_db);
    const QString value = detailed ? QStringLiteral("detailed") : QStringLiteral("private");
    if (!repository.save({ settingsSubject.toString(), detailQuestion.toString(), value,
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate) })) {
        failAndTryAgain();
        return;
    }
    m_detailed = detailed;
    replan();
    Q_EMIT settingsChanged();
}
