#pragma once

#include "kit/kit.h"
#include "publishedsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <optional>

class DossierEvents;
class LanguageController;

namespace samen::vault {
class Database;
}

/**
 * The kits for the family abroad: makes a member's kit in the language they read, stores that
 * language in the vault (the one writer of it: DossierEvents::membersChanged follows), and
 * writes the kit as a PDF. Pages show one member's kit through a KitView.
 */
namespace samen::platform {
class ShareSheet;
}

class KitController : public QObject, public PublishedSingleton<KitController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    /** Reads the app's language from @p languages; @p events must outlive it. */
    KitController(LanguageController &languages, DossierEvents &events, QObject *parent);

    /** The open store, or nullptr when it closes. */
    void setDatabase(samen::vault::Database *db);
    /** True when the store is open. */
    [[nodiscard]] bool isAvailable() const { return m_db != nullptr; }

    /** The language member @p memberId reads: the one chosen for them, else the app's. */
    [[nodiscard]] QString readingLanguage(qint64 memberId) const;
    /** Stores @p language (one of the five) as the language @p memberId reads; false on error. */
    bool setReadingLanguage(qint64 memberId, const QString &language);
    /** The kit of @p memberId in the language they read; empty when there is no such member. */
    [[nodiscard]] samen::kit::Kit kit(qint64 memberId) const;
    /** Writes kit(@p memberId) as a PDF to @p path; false with @p error set. */
    bool savePdf(qint64 memberId, const QString &path, QString *error) const;
    /** Sends kits through @p sheet (the platform's; nullptr: none, kits are saved). Must outlive this. */
    void setShareSheet(samen::platform::ShareSheet *sheet) { m_shareSheet = sheet; }
    /** True when this device has a share sheet. */
    [[nodiscard]] bool canShare() const { return m_shareSheet != nullptr; }
    /**
     * Opens the share sheet for kit(@p memberId) as a PDF made in memory; false with @p error set.
     * The file name carries no name, only the date.
     */
    bool sharePdf(qint64 memberId, const QString &fileName, QString *error) const;

Q_SIGNALS:
    /** Something a kit shows may have changed (the store, the dossier or the app's language). */
    void kitsChanged();

private:
    /** kit(@p memberId), or nothing with @p error set when there is none to write. */
    [[nodiscard]] std::optional<samen::kit::Kit> kitToWrite(qint64 memberId, QString *error) const;

    LanguageController &m_languages;
    DossierEvents &m_events;
    samen::vault::Database *m_db = nullptr;
    samen::platform::ShareSheet *m_shareSheet = nullptr;
};
