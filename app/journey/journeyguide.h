#pragma once

#include "journey/glossaryfilter.h"
#include "journey/journeymodels.h"
#include "journey/termlinker.h"
#include "publishedsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <optional>

class LanguageController;

namespace samen::rules {
struct ContactSpec;
struct RulePack;
} // namespace samen::rules

/** One glossary term for QML (the popup a tapped term opens). */
struct GlossaryEntry
{
    Q_GADGET
    QML_VALUE_TYPE(glossaryEntry)

    /** Pack id, e.g. "mvv"; empty when there is no such term. */
    Q_PROPERTY(QString id MEMBER id)
    /** The Dutch term as on paper. */
    Q_PROPERTY(QString term MEMBER term)
    /** Its explanation in the user's language. */
    Q_PROPERTY(QString explanation MEMBER explanation)

public:
    QString id;
    QString term;
    QString explanation;
};

/**
 * What comes after the application, as reference for the user: the organisations that help
 * (with phone, address and hours only where the pack has them from a source, and that source's
 * checked date), the glossary of Dutch terms, and what costs money (an amount only where a
 * source gives one). The rows come from the bundled rule pack and the texts from JourneyTexts;
 * they are written when first asked for (not at start-up: the Dutch collator and the dates cost
 * time before the first frame) and again when the language or the way dates are written changes. Also makes
 * the glossary terms in any display text tappable (linkTerms(), used by TermText.qml).
 * Reads nothing from the vault: it works before unlocking and offline.
 */
class JourneyGuide : public QObject, public PublishedSingleton<JourneyGuide>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** The organisations that help, in pack order. */
    Q_PROPERTY(HelpModel *help READ help CONSTANT)
    /** The glossary, in the order of the Dutch alphabet. */
    Q_PROPERTY(GlossaryModel *glossary READ glossary CONSTANT)
    /** What costs money, in pack order. */
    Q_PROPERTY(CostModel *costs READ costs CONSTANT)
    /** The day the pack's rules and numbers were last checked, in the user's calendar. */
    Q_PROPERTY(QString rulesAsOf READ rulesAsOf NOTIFY textsChanged)

public:
    /** The guide over the bundled rule pack (read when first needed), in @p languages' language. */
    JourneyGuide(LanguageController &languages, QObject *parent);
    /** The guide over @p pack (tests). */
    JourneyGuide(const samen::rules::RulePack &pack, LanguageController &languages, QObject *parent);

    [[nodiscard]] HelpModel *help();
    [[nodiscard]] GlossaryModel *glossary();
    [[nodiscard]] CostModel *costs();
    [[nodiscard]] QString rulesAsOf() const;
    /** True once the rows were written (they are written when first asked for). */
    [[nodiscard]] bool isWritten() const { return m_written; }

    /**
     * @p text as StyledText with a link "term:<id>" on each glossary term it contains (see
     * TermLinker): escaped first, so markup in user text shows as typed.
     */
    Q_INVOKABLE [[nodiscard]] QString linkTerms(const QString &text) const;
    /** The term with id @p idOrLink ("mvv" or the link "term:mvv"); an empty id when there is none. */
    Q_INVOKABLE [[nodiscard]] GlossaryEntry term(const QString &idOrLink) const;
    /**
     * A new filtered view of the glossary owned by @p owner (the page that shows it; deleted
     * with it). A factory rather than a QML-created type: Qt 6.4's qmllint cannot resolve a
     * model type's QAbstractItemModel base when QML instantiates it.
     */
    Q_INVOKABLE GlossaryFilter *newGlossaryFilter(QObject *owner);
    /** Puts @p text on the system clipboard (a phone number); false when there is no clipboard. */
    Q_INVOKABLE bool copyToClipboard(const QString &text) const;

Q_SIGNALS:
    /** The rows and rulesAsOf were written again (another language or calendar). */
    void textsChanged();

private:
    void rewrite();
    void write() const;
    void ensureWritten() const;
    [[nodiscard]] QList<HelpRow> helpRows() const;
    [[nodiscard]] QList<GlossaryRow> glossaryRows() const;
    [[nodiscard]] QList<CostRow> costRows() const;
    [[nodiscard]] QString checkedDate(const QString &sourceId) const;
    [[nodiscard]] QStringList hoursLines(const samen::rules::ContactSpec &contact) const;

    [[nodiscard]] const samen::rules::RulePack &pack() const;
    [[nodiscard]] const TermLinker &linker() const;

    mutable const samen::rules::RulePack *m_pack; // nullptr: the bundled pack, not read yet
    LanguageController &m_languages;
    mutable std::optional<TermLinker> m_linker;
    // Written on first use by const getters (QML reads rulesAsOf through one).
    mutable HelpModel m_help;
    mutable GlossaryModel m_glossary;
    mutable CostModel m_costs;
    mutable QString m_rulesAsOf;
    mutable bool m_written = false;
};
