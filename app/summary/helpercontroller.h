#pragma once

#include "publishedsingleton.h"
#include "summary/helpertypes.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <memory>
#include <optional>

class DossierEvents;

namespace samen::rules {
struct RulePack;
}
namespace samen::vault {
class Database;
}

/**
 * "Show to a helper": the dossier summary for the read-only helper view, in Dutch or English
 * whatever the app's language, and the same summary as a PDF. The summary is made when it is
 * read (summary, labels, members or deadlines) after a change, not at every change. Also says whether the app
 * runs on a demo vault, and with which PIN.
 */
class HelperController : public QObject, public PublishedSingleton<HelperController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** The demo vault's PIN, shown on screen in demo mode; empty on real data. */
    Q_PROPERTY(QString demoPin READ demoPin CONSTANT)
    /** "nl" or "en": the language of the summary. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY summaryChanged)
    /** True when the store is open and a summary can be made. */
    Q_PROPERTY(bool available READ isAvailable NOTIFY summaryChanged)
    /** The summary's referent and dates (see summary.h); empty when the store is closed. */
    Q_PROPERTY(HelperSummary summary READ summary NOTIFY summaryChanged)
    /** The labels of the summary in its language. */
    Q_PROPERTY(HelperLabels labels READ labels NOTIFY summaryChanged)
    /** The family members of the summary. */
    Q_PROPERTY(HelperMemberModel *members READ members NOTIFY summaryChanged)
    /** The open deadlines of the summary. */
    Q_PROPERTY(HelperDeadlineModel *deadlines READ deadlines NOTIFY summaryChanged)
    /** The last problem in the app's language; empty after a success. */
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    /**
     * @p demoPin is the demo vault's PIN, or empty on real data. The summary is made again, when
     * next read, after @p events says anything in the dossier changed; @p events must outlive it.
     */
    HelperController(QString demoPin, DossierEvents &events, QObject *parent);
    ~HelperController() override;

    [[nodiscard]] QString demoPin() const { return m_demoPin; }
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] bool isAvailable() const { return m_db != nullptr; }
    [[nodiscard]] HelperSummary summary() const;
    [[nodiscard]] HelperLabels labels() const;
    /** The members, made again first when the dossier changed since. */
    [[nodiscard]] HelperMemberModel *members() const;
    /** The deadlines, made again first when the dossier changed since. */
    [[nodiscard]] HelperDeadlineModel *deadlines() const;
    [[nodiscard]] QString message() const { return m_message; }

    /** The open store, or nullptr when it closes. */
    void setDatabase(samen::vault::Database *db);

    /** Writes the summary as a PDF to @p file (a local file URL); false with message() set. */
    Q_INVOKABLE bool savePdf(const QUrl &file);
    /** A file name for the PDF, e.g. "samen-summary-2026-11-23.pdf". */
    Q_INVOKABLE [[nodiscard]] QString suggestedFileName() const;

Q_SIGNALS:
    /** The summary, its labels or its language changed, or the store opened or closed. */
    void summaryChanged();
    /** message. */
    void messageChanged();

private:
    [[nodiscard]] static const samen::rules::RulePack *pack();
    void markStale();
    void build() const;

    QString m_demoPin;
    QString m_language = QStringLiteral("nl");
    samen::vault::Database *m_db = nullptr;
    mutable HelperSummary m_summary;
    mutable HelperLabels m_labels;
    HelperMemberModel *m_members;
    HelperDeadlineModel *m_deadlines;
    mutable bool m_stale = true;
    QString m_message;
};
