#include "family/familycontroller.h"

#include "dossier/names.h"
#include "dossierevents.h"
#include "family/checklistsync.h"
#include "family/membertitle.h"
#include "interview/interviewcontroller.h"
#include "languagecontroller.h"
#include "locale/dateformatter.h"
#include "locale/nametransliterator.h"
#include "locale/numberformatter.h"
#include "procedure/ruledeadlines.h"
#include "texts/documenttexts.h"
#include "texts/interviewtexts.h"
#include "vault/documentrepository.h"
#include "vault/familysync.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QCoreApplication>

#include <algorithm>

using samen::dossier::DocumentStatus;
using samen::dossier::FamilyMember;

namespace {

QList<FamilyMember> familyOf(samen::vault::Database &db)
{
    samen::vault::PeopleRepository people(db);
    const auto referents = people.referents();
    return referents.isEmpty() ? QList<FamilyMember>() : people.members(referents.first().id);
}

QVariantMap choice(DocumentStatus status)
{
    return { { QStringLiteral("value"), samen::dossier::statusName(status) },
             { QStringLiteral("label"), DocumentTexts::statusLabel(status) },
             { QStringLiteral("icon"), DocumentTexts::statusIcon(status) } };
}

} // namespace

FamilyController::FamilyController(const LanguageController &languages, InterviewController &interview,
                                   DossierEvents &events, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_interview(interview)
    , m_events(events)
    , m_members(new FamilyModel(this))
    , m_today(QDate::currentDate())
{
    connect(&languages, &LanguageController::languageChanged, this, &FamilyController::readRows);
    connect(&languages, &LanguageController::datesChanged, this, &FamilyController::readRows);
    connect(&events, &DossierEvents::answersChanged, this, &FamilyController::followAnswers);
    connect(&events, &DossierEvents::memberRemoved, this, &FamilyController::followAnswers);
    connect(&events, &DossierEvents::documentsChanged, this, &FamilyController::readRows);
}

FamilyController::~FamilyController() = default;

QString FamilyController::language() const
{
    return m_languages.language().isEmpty() ? QStringLiteral("en") : m_languages.language();
}

void FamilyController::setDatabase(samen::vault::Database *db)
{
    m_db = db;
    m_verdicts = {};
    if (m_db)
        followAnswers();
    else
        readRows();
}

void FamilyController::setToday(QDate today)
{
    m_today = today;
    followAnswers();
}

bool FamilyController::ensurePack()
{
    if (!m_pack) {
        const auto &bundled = samen::rules::bundledPack();
        if (!bundled.pack) {
            qWarning("Samen: the rule pack could not be loaded for the family list");
            return false;
        }
        m_pack = &*bundled.pack;
    }
    return true;
}

QList<qint64> FamilyController::memberIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_members->rowCount(); ++i)
        ids << m_members->rowAt(i).id;
    return ids;
}

void FamilyController::followAnswers()
{
    if (!m_db) {
        readRows();
        return;
    }
    const QList<qint64> before = memberIds();
    if (!samen::vault::FamilySync(*m_db).sync())
        qWarning("Samen: the family list could not be brought in step with the interview");
    removeEmptyLeftovers();
    m_verdicts = ensurePack() ? FamilyVerdicts::evaluate(*m_db, *m_pack, m_today) : FamilyVerdicts();
    // The verdicts decide which papers each member needs. When a list changed, this service reads
    // its rows again on that signal, like every other reader; otherwise only the verdicts changed.
    if (syncChecklists())
        Q_EMIT m_events.documentsChanged(0);
    else
        readRows();
    if (memberIds() != before)
        Q_EMIT m_events.membersChanged();
}

namespace {

// True when the user entered anything for @p member: names, a note, a paper's status, note or
// photo, a step of the procedure, a date from a letter.
bool holdsUserData(samen::vault::Database &db, const FamilyMember &member)
{
    if (!member.name.isEmpty() || !member.latinName.isEmpty() || !member.note.isEmpty() ||
        !member.birthDate.isEmpty() || !member.country.isEmpty())
        return true;
    samen::vault::DocumentRepository documents(db);
    for (const samen::dossier::Document &document : documents.documents(member.id)) {
        if (document.status != DocumentStatus::Missing || !document.note.isEmpty() ||
            !documents.attachmentIds(document.id).isEmpty())
            return true;
    }
    samen::vault::TimelineRepository timeline(db);
    if (!timeline.stageEvents(member.id).isEmpty())
        return true;
    const auto deadlines = timeline.deadlines();
    return std::any_of(deadlines.cbegin(), deadlines.cend(), [&](const samen::dossier::Deadline &deadline) {
        return deadline.memberId == member.id &&
            (samen::procedure::isLetterRule(deadline.ruleId) || deadline.done);
    });
}

} // namespace

void FamilyController::removeEmptyLeftovers()
{
    // A person the questions no longer have (a relation tapped by mistake and then changed, or
    // the questions started again) and for whom the user entered nothing is not a person: it
    // would haunt the family list, the steps, the counts on home and the helper's summary.
    for (const FamilyMember &member : familyOf(*m_db)) {
        if (member.interviewId.isEmpty() && !holdsUserData(*m_db, member) &&
            !samen::vault::FamilySync(*m_db).removeMember(member.id))
            qWarning("Samen: an empty family member left over by the questions could not be removed");
    }
}

bool FamilyController::syncChecklists()
{
    bool changed = false;
    ChecklistSync checklists(*m_db);
    const auto documents = samen::vault::DocumentRepository(*m_db).documentsByMember();
    for (const FamilyMember &member : familyOf(*m_db)) {
        const auto verdict = m_verdicts.members.constFind(member.interviewId);
        if (member.interviewId.isEmpty() || verdict == m_verdicts.members.cend())
            continue;
        if (!checklists.sync(member.id, documents.value(member.id), verdict->requiredDocuments, &changed))
            qWarning("Samen: a checklist could not be brought in step with the rules");
    }
    return changed;
}

void FamilyController::readRows()
{
    QList<FamilyRow> rows;
    m_ownName.clear();
    m_ownLatinName.clear();
    if (m_db) {
        const QList<FamilyMember> family = familyOf(*m_db);
        const auto documents = samen::vault::DocumentRepository(*m_db).documentsByMember();
        for (const FamilyMember &member : family)
            rows.append(rowFor(member, family, documents.value(member.id)));
        const auto referents = samen::vault::PeopleRepository(*m_db).referents();
        if (!referents.isEmpty()) {
            m_ownName = referents.constFirst().name;
            m_ownLatinName = referents.constFirst().latinName;
        }
    }
    m_members->setRows(rows);
    announceAll();
}

void FamilyController::announceAll()
{
    Q_EMIT familyChanged();
    Q_EMIT ownNamesChanged();
    Q_EMIT textsChanged();
}

ChecklistModel *FamilyController::newChecklist(QObject *parent)
{
    auto *checklist = new ChecklistModel(parent);
    connect(checklist, &ChecklistModel::edited, this,
            [this, checklist] { Q_EMIT m_events.documentsChanged(checklist->memberId()); });
    return checklist;
}

void FamilyController::showChecklist(ChecklistModel &checklist, qint64 memberId) const
{
    checklist.show(m_db, memberId, m_pack, m_verdicts.country);
}

qint64 FamilyController::firstMemberId() const
{
    return m_members->rowCount() > 0 ? m_members->rowAt(0).id : 0;
}

qint64 FamilyController::firstDocumentId(qint64 memberId) const
{
    // The first row of the member's checklist, from the papers alone (no texts, no photo counts).
    if (!m_db || memberId == 0)
        return 0;
    const auto documents = samen::vault::DocumentRepository(*m_db).documents(memberId);
    const auto first =
        std::min_element(documents.cbegin(), documents.cend(), [this](const auto &a, const auto &b) {
            return ChecklistModel::packOrder(m_pack, a.kind) < ChecklistModel::packOrder(m_pack, b.kind);
        });
    return first == documents.cend() ? 0 : first->id;
}

FamilyRow FamilyController::rowFor(const FamilyMember &member, const QList<FamilyMember> &all,
                                   const QList<samen::dossier::Document> &documents) const
{
    FamilyRow row;
    row.id = member.id;
    row.name = member.name;
    row.latinName = member.latinName;
    row.title = titleFor(member, all);
    row.relation = member.relation;
    row.relationLabel = InterviewTexts::relationNoun(member.relation);
    row.relationIcon = InterviewTexts::relationIcon(member.relation);
    row.note = member.note;
    fillVerdict(row, member);
    fillProgress(row, documents);
    return row;
}

QString FamilyController::titleFor(const FamilyMember &member, const QList<FamilyMember> &all) const
{
    return memberTitle(member, all, language());
}

void FamilyController::fillVerdict(FamilyRow &row, const FamilyMember &member) const
{
    row.linked = !member.interviewId.isEmpty();
    row.interviewId = member.interviewId;
    if (const auto adult = m_verdicts.turns18Soon(member.interviewId, m_today))
        row.ageWarning = tr("Turns 18 on %1. Send the application before that day if you can: the age on "
                            "the day you apply counts.")
                             .arg(m_languages.dates().format(*adult).oneLine());
    if (!row.linked) {
        row.verdict = tr("Not in the eligibility questions");
        row.verdictIcon = QStringLiteral("info");
        return;
    }
    const auto verdict = m_verdicts.members.constFind(member.interviewId);
    if (verdict == m_verdicts.members.cend())
        return;
    row.outcome = Outcome::of(verdict->outcome);
    row.verdict = InterviewTexts::outcomeTitle(verdict->outcome);
    row.verdictIcon = InterviewTexts::outcomeIcon(verdict->outcome);
}

void FamilyController::fillProgress(FamilyRow &row, const QList<samen::dossier::Document> &documents) const
{
    row.documentsTotal = int(documents.size());
    row.documentsReady = int(std::count_if(documents.cbegin(), documents.cend(), [](const auto &document) {
        return document.status == DocumentStatus::Ready;
    }));
    if (row.documentsTotal == 0) {
        row.progressText = tr("No papers on the list");
        return;
    }
    const auto &digits = samen::locale::NumberFormatter::forLanguage(language());
    row.progressText =
        tr("%1 of %2 papers ready", nullptr, row.documentsTotal)
            .arg(digits.formatDigits(row.documentsReady), digits.formatDigits(row.documentsTotal));
}

QVariantList FamilyController::statuses() const
{
    QVariantList list;
    for (const auto status : { DocumentStatus::Missing, DocumentStatus::Requested, DocumentStatus::Have,
                               DocumentStatus::Translated, DocumentStatus::Ready })
        list.append(choice(status));
    return list;
}

bool FamilyController::updateMember(qint64 memberId, const std::function<void(FamilyMember &)> &change)
{
    if (!m_db)
        return false;
    samen::vault::PeopleRepository people(*m_db);
    auto member = people.member(memberId);
    if (!member)
        return false;
    change(*member);
    if (!people.save(*member))
        return false;
    readRows();
    Q_EMIT m_events.membersChanged();
    return true;
}

bool FamilyController::setNames(qint64 memberId, const QString &name, const QString &latinName)
{
    return updateMember(memberId, [&](FamilyMember &member) {
        member.name = samen::dossier::cleanName(name);
        member.latinName = samen::dossier::cleanName(latinName);
    });
}

QString FamilyController::latinSuggestion(const QString &name) const
{
    return samen::locale::NameTransliterator::forLanguage(language()).suggestLatin(name);
}

bool FamilyController::setNote(qint64 memberId, const QString &note)
{
    return updateMember(memberId, [&](FamilyMember &member) { member.note = note.trimmed(); });
}

int FamilyController::attachmentCount(qint64 memberId) const
{
    if (!m_db)
        return 0;
    samen::vault::DocumentRepository documents(*m_db);
    int count = 0;
    for (const samen::dossier::Document &document : documents.documents(memberId))
        count += int(documents.attachmentIds(document.id).size());
    return count;
}

bool FamilyController::setOwnNames(const QString &name, const QString &latinName)
{
    if (!m_db)
        return false;
    samen::vault::PeopleRepository people(*m_db);
    auto referent = people.referent(samen::vault::FamilySync(*m_db).ensureReferent());
    if (!referent)
        return false;
    referent->name = samen::dossier::cleanName(name);
    referent->latinName = samen::dossier::cleanName(latinName);
    if (!people.save(*referent))
        return false;
    readRows();
    Q_EMIT m_events.membersChanged();
    return true;
}

QVariantMap FamilyController::namesOf(qint64 memberId) const
{
    const int row = m_members->indexOf(memberId);
    if (row < 0)
        return {};
    return { { QStringLiteral("name"), m_members->rowAt(row).name },
             { QStringLiteral("latinName"), m_members->rowAt(row).latinName } };
}

qint64 FamilyController::memberIdOf(const QString &interviewId) const
{
    for (int i = 0; i < m_members->rowCount(); ++i) {
        if (!interviewId.isEmpty() && m_members->rowAt(i).interviewId == interviewId)
            return m_members->rowAt(i).id;
    }
    return 0;
}

QString FamilyController::labelWithName(const QString &interviewId, const QString &label) const
{
    const QString name = namesOf(memberIdOf(interviewId)).value(QStringLiteral("name")).toString();
    return name.isEmpty() ? label
                          : tr("%1 (%2)", "a person's place in the family, then their name")
                                .arg(label, m_languages.isolate(name));
}

bool FamilyController::removeInterviewMember(const QString &interviewId)
{
    const qint64 row = memberIdOf(interviewId);
    return row != 0 ? remove(row) : m_interview.removeMember(interviewId);
}

bool FamilyController::remove(qint64 memberId)
{
    const int row = m_members->indexOf(memberId);
    const QString interviewId = row >= 0 ? m_members->rowAt(row).interviewId : QString();
    if (!m_db || !samen::vault::FamilySync(*m_db).removeMember(memberId))
        return false;
    // Rows first: the family then follows the removal (verdicts, papers) without taking the
    // person's absence for a second change of the rows, and the timeline reads once, not twice.
    readRows();
    Q_EMIT m_events.memberRemoved(memberId, interviewId);
    return true;
}
