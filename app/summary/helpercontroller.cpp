#include "summary/helpercontroller.h"

#include "fileplaces.h"

#include "dossierevents.h"
#include "rules/pack.h"
#include "summary/summary.h"
#include "summary/summarybuilder.h"
#include "summary/summarypdf.h"
#include "texts/summarytexts.h"

#include <QDate>

using namespace samen::summary;

HelperController::HelperController(QString demoPin, DossierEvents &events, QObject *parent)
    : QObject(parent)
    , m_demoPin(std::move(demoPin))
    , m_members(new HelperMemberModel(this))
    , m_deadlines(new HelperDeadlineModel(this))
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

HelperSummary HelperController::summary() const
{
    build();
    return m_summary;
}

HelperLabels HelperController::labels() const
{
    build();
    return m_labels;
}

HelperMemberModel *HelperController::members() const
{
    build();
    return m_members;
}

HelperDeadlineModel *HelperController::deadlines() const
{
    build();
    return m_deadlines;
}

void HelperController::build() const
{
    if (!m_stale)
        return;
    m_stale = false;
    const SummaryTexts texts(m_language);
    m_labels = HelperLabels::of(texts);
    const auto *rules = pack();
    const Summary made = m_db && rules ? buildSummary(*m_db, *rules, texts, QDate::currentDate()) : Summary();
    m_summary = m_db && rules ? HelperSummary::of(made) : HelperSummary();
    m_members->show(made.members);
    m_deadlines->show(made.deadlines);
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
