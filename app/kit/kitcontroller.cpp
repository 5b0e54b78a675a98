#include "kit/kitcontroller.h"

#include "dossierevents.h"
#include "kit/kitbuilder.h"
#include "kit/kitpdf.h"
#include "languagecontroller.h"
#include "locale/languages.h"
#include "platform/sharesheet.h"
#include "rules/pack.h"
#include "vault/peoplerepository.h"

#include <QDate>

KitController::KitController(LanguageController &languages, DossierEvents &events, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_events(events)
{
    connect(&events, &DossierEvents::membersChanged, this, &KitController::kitsChanged);
    connect(&events, &DossierEvents::memberRemoved, this, &KitController::kitsChanged);
    connect(&events, &DossierEvents::documentsChanged, this, &KitController::kitsChanged);
    connect(&events, &DossierEvents::stagesChanged, this, &KitController::kitsChanged);
    connect(&events, &DossierEvents::deadlinesChanged, this, &KitController::kitsChanged);
    connect(&events, &DossierEvents::readingLanguageChanged, this, &KitController::kitsChanged);
    connect(&languages, &LanguageController::languageChanged, this, &KitController::kitsChanged);
}

void KitController::setDatabase(samen::vault::Database *db)
{
    m_db = db;
    Q_EMIT kitsChanged();
}

QString KitController::readingLanguage(qint64 memberId) const
{
    const auto member = m_db ? samen::vault::PeopleRepository(*m_db).member(memberId) : std::nullopt;
    const QString chosen = member ? member->readingLanguage : QString();
    return samen::locale::isSupported(chosen) ? chosen : m_languages.language();
}

bool KitController::setReadingLanguage(qint64 memberId, const QString &language)
{
    if (!m_db || !samen::locale::isSupported(language))
        return false;
    samen::vault::PeopleRepository people(*m_db);
    auto member = people.member(memberId);
    if (!member)
        return false;
    if (member->readingLanguage == language)
        return true;
    member->readingLanguage = language;
    if (!people.save(*member))
        return false;
    Q_EMIT m_events.readingLanguageChanged(memberId);
    return true;
}

samen::kit::Kit KitController::kit(qint64 memberId) const
{
    const auto &bundled = samen::rules::bundledPack(); // loaded once, on first use, and shared
    if (!m_db || !bundled.pack)
        return {};
    return samen::kit::buildKit(*m_db, *bundled.pack, memberId, readingLanguage(memberId),
                                QDate::currentDate());
}

std::optional<samen::kit::Kit> KitController::kitToWrite(qint64 memberId, QString *error) const
{
    samen::kit::Kit made = kit(memberId);
    if (made.isEmpty()) {
        *error = tr("Open Samen with your PIN first.");
        return std::nullopt;
    }
    return made;
}

bool KitController::sharePdf(qint64 memberId, const QString &fileName, QString *error) const
{
    const std::optional<samen::kit::Kit> made = kitToWrite(memberId, error);
    if (!made)
        return false;
    const QByteArray pdf = m_shareSheet ? samen::kit::kitPdfBytes(*made) : QByteArray();
    if (pdf.isEmpty() ||
        !m_shareSheet->share(pdf, fileName, QStringLiteral("application/pdf"), tr("Send the PDF with"))) {
        *error = tr("No app to send it with could be opened. Save it as a PDF instead.");
        return false;
    }
    return true;
}

bool KitController::savePdf(qint64 memberId, const QString &path, QString *error) const
{
    const std::optional<samen::kit::Kit> made = kitToWrite(memberId, error);
    return made && samen::kit::writeKitPdf(*made, path, error);
}
