#include "interview/ruleschangenotice.h"

#include "family/membertitle.h"

#include "dossierevents.h"
#include "languagecontroller.h"
#include "locale/dateformatter.h"
#include "rules/evaluator.h"
#include "rules/interview.h"
#include "texts/interviewtexts.h"
#include "vault/answerstore.h"
#include "vault/database.h"
#include "vault/peoplerepository.h"

#include <QCoreApplication>
#include <QJsonArray>

using samen::rules::CaseResult;
using samen::rules::RulePack;
using samen::vault::VerdictRecord;
using samen::vault::VerdictRepository;

namespace {

VerdictRecord recordOf(const samen::rules::MemberResult &member, QDate rulesAsOf)
{
    VerdictRecord record;
    record.interviewId = member.id;
    record.outcome = samen::rules::outcomeName(member.outcome);
    record.ruleId = member.rules.value(0);
    record.earliest = member.earliest.value_or(QDate());
    record.rulesAsOf = rulesAsOf;
    record.recordedAt = QDateTime::currentDateTimeUtc();
    return record;
}

QString verdictTitle(const QString &outcome)
{
    const auto parsed = samen::rules::outcomeFromName(outcome);
    return parsed ? InterviewTexts::outcomeTitle(*parsed) : QString();
}

QString relationOf(const QJsonObject &answers, const QString &interviewId)
{
    for (const QJsonValue &member : answers.value(u"members"_qs).toArray()) {
        if (member.toObject().value(u"id"_qs).toString() == interviewId)
            return member.toObject().value(u"relation"_qs).toString();
    }
    return {};
}

QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

RulesChangeNotice::RulesChangeNotice(LanguageController &languages, DossierEvents &events, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
{
    connect(&m_languages, &LanguageController::languageChanged, this, &RulesChangeNotice::check);
    connect(&events, &DossierEvents::answersChanged, this, &RulesChangeNotice::check);
    connect(&events, &DossierEvents::memberRemoved, this, &RulesChangeNotice::check);
}

void RulesChangeNotice::setDatabase(samen::vault::Database *db)
{
    m_db = db;
    check();
}

void RulesChangeNotice::setToday(QDate today)
{
    m_today = today;
}

QJsonObject RulesChangeNotice::answers(const RulePack &pack) const
{
    QJsonObject answers = samen::vault::AnswerStore(*m_db).load(pack);
    answers.insert(u"today"_qs, (m_today.isValid() ? m_today : QDate::currentDate()).toString(Qt::ISODate));
    return answers;
}

std::optional<CaseResult> RulesChangeNotice::evaluate(const RulePack &pack, const QJsonObject &answers)
{
    const auto parsed = samen::rules::parseCase(answers);
    if (!parsed.value || parsed.value->members.isEmpty())
        return std::nullopt;
    return samen::rules::Evaluator(pack).evaluate(*parsed.value).value;
}

void RulesChangeNotice::recordUpgradedVerdicts()
{
    VerdictRepository verdicts(*m_db);
    const auto shownWith = verdicts.upgradedFromRulesOf();
    if (!shownWith)
        return;
    const auto earlier = samen::rules::historicPack(*shownWith);
    const auto result = earlier.pack ? evaluate(*earlier.pack, answers(*earlier.pack)) : std::nullopt;
    QList<VerdictRecord> records;
    for (const auto &member : result ? result->members : QList<samen::rules::MemberResult>())
        records.append(recordOf(member, *shownWith));
    if (!verdicts.append(records) || !verdicts.clearUpgradeNote())
        qWarning("Samen: the verdicts of the earlier rules could not be recorded");
}

QList<VerdictRecord> RulesChangeNotice::changedRecords(const CaseResult &result, QDate rulesAsOf,
                                                       const QHash<QString, VerdictRecord> &latest)
{
    QList<VerdictRecord> records;
    for (const auto &member : result.members) {
        const VerdictRecord now = recordOf(member, rulesAsOf);
        const auto shown = latest.constFind(member.id);
        if (shown == latest.constEnd() || shown->rulesAsOf != rulesAsOf || !shown->sameVerdict(now))
            records.append(now);
    }
    return records;
}

void RulesChangeNotice::check()
{
    if (!m_db)
        return setNotice({}, 0);
    recordUpgradedVerdicts();
    const RulePack *pack = samen::rules::bundledPack().pack ? &*samen::rules::bundledPack().pack : nullptr;
    const auto latest = VerdictRepository(*m_db).latest();
    const bool olderRules = pack &&
        std::any_of(latest.cbegin(), latest.cend(),
                    [&](const VerdictRecord &record) { return record.rulesAsOf != pack->rulesAsOf; });
    if (!olderRules)
        return setNotice({}, 0);
    const QString title =
        QCoreApplication::translate("RulesChangeNotice", "Samen's rules were updated (rules as of %1).")
            .arg(dateText(pack->rulesAsOf));
    const QJsonObject answers = this->answers(*pack);
    const samen::rules::Interview interview(*pack);
    const auto steps = interview.steps(answers);
    const int unanswered = int(std::count_if(steps.cbegin(), steps.cend(), [&](const auto &step) {
        return !interview.isAnswered(answers, step);
    }));
    if (unanswered > 0)
        return setNotice({}, unanswered, title);
    const auto result = evaluate(*pack, answers);
    if (!result)
        return setNotice({}, 0);
    QStringList changes;
    for (const auto &member : result->members) {
        const auto shown = latest.constFind(member.id);
        const VerdictRecord now = recordOf(member, pack->rulesAsOf);
        if (shown == latest.constEnd() || shown->rulesAsOf == pack->rulesAsOf || shown->sameVerdict(now))
            continue;
        changes << QCoreApplication::translate("RulesChangeNotice",
                                               "For %1 the answer is now: %2. Before it was: %3.")
                       .arg(isolated(memberName(member.id, relationOf(answers, member.id))),
                            verdictTitle(now.outcome), verdictTitle(shown->outcome));
    }
    if (changes.isEmpty() &&
        !VerdictRepository(*m_db).append(changedRecords(*result, pack->rulesAsOf, latest)))
        qWarning("Samen: verdicts could not be recorded");
    setNotice(changes, 0, title);
}

void RulesChangeNotice::recordShown()
{
    const auto &bundled = samen::rules::bundledPack();
    if (!m_db || !bundled.pack)
        return;
    recordUpgradedVerdicts();
    const auto result = evaluate(*bundled.pack, answers(*bundled.pack));
    VerdictRepository verdicts(*m_db);
    if (result && !verdicts.append(changedRecords(*result, bundled.pack->rulesAsOf, verdicts.latest())))
        qWarning("Samen: verdicts could not be recorded");
    check();
}

void RulesChangeNotice::acknowledge()
{
    recordShown();
}

QStringList RulesChangeNotice::historyOf(const QString &interviewId)
{
    if (!m_db || interviewId.isEmpty())
        return {};
    const QList<VerdictRecord> records = VerdictRepository(*m_db).history(interviewId);
    QStringList list;
    for (qsizetype i = records.size() - 2; i >= 0; --i) {
        const VerdictRecord &record = records.at(i);
        const VerdictRecord &next = records.at(i + 1);
        if (record.sameVerdict(next))
            continue;
        list.append(
            QCoreApplication::translate("RulesChangeNotice", "Until %1 the answer was: %2 (rules as of %3).")
                .arg(dateText(next.recordedAt.toLocalTime().date()), verdictTitle(record.outcome),
                     dateText(record.rulesAsOf)));
    }
    return list;
}

QString RulesChangeNotice::memberName(const QString &interviewId, const QString &relation) const
{
    samen::vault::PeopleRepository people(*m_db);
    const auto referents = people.referents();
    const QList<samen::dossier::FamilyMember> members =
        referents.isEmpty() ? QList<samen::dossier::FamilyMember>() : people.members(referents.first().id);
    for (const auto &member : members) {
        if (member.interviewId == interviewId)
            return memberTitle(member, members, m_languages.language());
    }
    return relation.isEmpty() ? QCoreApplication::translate("InterviewTexts", "Family member")
                              : InterviewTexts::relationNoun(relation);
}

QString RulesChangeNotice::dateText(QDate date) const
{
    return m_languages.dates().format(date).oneLine();
}

void RulesChangeNotice::setNotice(QStringList changes, int newQuestions, const QString &title)
{
    if (changes == m_changes && newQuestions == m_newQuestions && title == m_title)
        return;
    m_title = title;
    m_changes = std::move(changes);
    m_newQuestions = newQuestions;
    Q_EMIT noticeChanged();
}
