#include "summary/helpercontroller.h"

#include "fileplaces.h"

#include "dossierevents.h"
#include "rules/pack.h"
#include "summary/summary.h"
#include "summary/summarybuilder.h"
#include "summary/summarypdf.h"
#include "texts/summarytexts.h"

#include <QDate>
#include <QVariantList>

using namespace samen::summary;

namespace {

QVariantMap toMap(const MemberSummary &member)
{
    QVariantList notes;
    for (const OwnNote &note : member.notes)
        notes.append(QVariantMap { { u"about"_qs, note.about }, { u"text"_qs, note.text } });
    return { { u"title"_qs, member.title },
             { u"name"_qs, member.name },
             { u"birthDate"_qs, member.birthDate },
             { u"latinName"_qs, member.latinName },
             { u"relation"_qs, member.relation },
             { u"outcome"_qs, member.outcome },
             { u"outcomeId"_qs, member.outcomeId },
             { u"ruleSource"_qs, member.ruleSource },
             { u"stage"_qs, member.stage },
             { u"documentsReady"_qs, member.documentsReady },
             { u"documentsMissing"_qs, member.documentsMissing },
             { u"notes"_qs, notes } };
}

QVariantMap toMap(const Summary &summary)
{
    QVariantList members;
    for (const MemberSummary &member : summary.members)
        members.append(toMap(member));
    QVariantList deadlines;
    for (const DeadlineSummary &deadline : summary.deadlines)
        deadlines.append(QVariantMap { { u"what"_qs, deadline.what },
                                       { u"whom"_qs, deadline.whom },
                                       { u"date"_qs, deadline.date },
                                       { u"ownLabel"_qs, deadline.ownLabel } });
    return { { u"referentName"_qs, summary.referentName },
             { u"referentLatinName"_qs, summary.referentLatinName },
             { u"protection"_qs, summary.protection },
             { u"decisionDate"_qs, summary.decisionDate },
             { u"members"_qs, members },
             { u"deadlines"_qs, deadlines },
             { u"rulesAsOf"_qs, summary.rulesAsOf },
             { u"exportDate"_qs, summary.exportDate } };
}

} // namespace

HelperController::HelperController(QString demoPin, DossierEvents &events, QObject *parent)
    : QObject(parent)
    , m_demoPin(std::move(demoPin))
{
    connect(&events, &DossierEvents::answersChanged, this, &HelperController::markStale);
    connect(&events, &DossierEvents::membersChanged, this, &HelperController::markStale);
    connect(&events, &DossierEvents::memberRemoved, this, &HelperController::markStale);
    connect(&events, &DossierEvents::documentsChanged, this, &HelperController::markStale);
    connect(&events, &DossierEvents::stagesChanged, this, &HelperController::markStale);
    connect(&events, &DossierEvents::deadlinesChanged, this, &HelperController::markStale);
}

HelperController::~HelperController() = default;

void HelperController::setLanguage(const QString &language)
{
    const QString chosen = language == u"en" ? language : u"nl"_qs;
    if (chosen == m_language)
        return;
    m_language = chosen;
    markStale();
}

void HelperController::setDatabase(samen::vault::Database *db)
{
    m_db = db;
    markStale();
}

void HelperController::markStale()
{
    m_stale = true;
    Q_EMIT summaryChanged();
}

const samen::rules::RulePack *HelperController::pack()
{
    const auto &bundled = samen::rules::bundledPack(); // loaded once, on first use, and shared
    return bundled.pack ? &*bundled.pack : nullptr;
}

QVariantMap HelperController::summary() const
{
    build();
    return m_summary;
}

QVariantMap HelperController::labels() const
{
    build();
    return m_labels;
}

void HelperController::build() const
{
    if (!m_stale)
        return;
    m_stale = false;
    const SummaryTexts texts(m_language);
    m_labels.clear();
    for (const QString &key : SummaryTexts::labelKeys())
        m_labels.insert(key, texts.label(key));
    const auto *rules = pack();
    m_summary =
        m_db && rules ? toMap(buildSummary(*m_db, *rules, texts, QDate::currentDate())) : QVariantMap();
}

bool HelperController::savePdf(const QUrl &file)
{
    const auto *rules = pack();
    if (!m_db || !rules) {
        m_message = tr("Open Samen with your PIN first.");
        Q_EMIT messageChanged();
        return false;
    }
    const SummaryTexts texts(m_language);
    const bool written = writeSummaryPdf(buildSummary(*m_db, *rules, texts, QDate::currentDate()), texts,
                                         FilePlaces::pathOf(file), &m_message);
    if (written)
        m_message.clear();
    Q_EMIT messageChanged();
    return written;
}

QString HelperController::suggestedFileName() const
{
    return QStringLiteral("samen-summary-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
}
