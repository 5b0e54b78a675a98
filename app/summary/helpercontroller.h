#pragma once

#include "publishedsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace samen::rules {
struct RulePack;
}
namespace samen::vault {
class Database;
}

/**
 * "Show to a helper": the dossier summary for the read-only helper view, in Dutch or English
 * whatever the app's language, and the same summary as a PDF. Also says whether the app runs
 * on a demo vault, and with which PIN.
 */
class HelperController : public QObject, public PublishedSingleton<HelperController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** The demo vault's PIN, shown on screen in demo mode; empty on real data. */
    Q_PROPERTY(QString demoPin READ demoPin CONSTANT)
    /** "nl" or "en": the language of the summary. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    /** True when the store is open and a summary can be made. */
    Q_PROPERTY(bool available READ isAvailable NOTIFY changed)
    /** The summary: referent, members, deadlines, rulesAsOf, exportDate (see summary.h). */
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY changed)
    /** The labels of the summary in its language, by key (see SummaryTexts::labelKeys()). */
    Q_PROPERTY(QVariantMap labels READ labels NOTIFY changed)
    /** The last problem in the app's language; empty after a success. */
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    /** @p demoPin is the demo vault's PIN, or empty on real data. */
    HelperController(QString demoPin, QObject *parent);
    ~HelperController() override;

    [[nodiscard]] QString demoPin() const { return m_demoPin; }
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] bool isAvailable() const { return m_db != nullptr; }
    [[nodiscard]] QVariantMap summary() const { return m_summary; }
    [[nodiscard]] QVariantMap labels() const { return m_labels; }
    [[nodiscard]] QString message() const { return m_message; }

    /** The open store, or nullptr when it closes. */
    void setDatabase(samen::vault::Database *db);

    /** Reads the store again (a page calls it when it opens). */
    Q_INVOKABLE void refresh();
    /** Writes the summary as a PDF to @p file (a local file URL); false with message() set. */
    Q_INVOKABLE bool savePdf(const QUrl &file);
    /** A file name for the PDF, e.g. "samen-summary-2026-11-23.pdf". */
    Q_INVOKABLE [[nodiscard]] QString suggestedFileName() const;

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] bool loadPack();

    QString m_demoPin;
    QString m_language = QStringLiteral("nl");
    samen::vault::Database *m_db = nullptr;
    const samen::rules::RulePack *m_pack = nullptr;
    QVariantMap m_summary;
    QVariantMap m_labels;
    QString m_message;
};
