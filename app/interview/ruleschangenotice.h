#pragma once

#include "publishedsingleton.h"
#include "vault/verdictrepository.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class DossierEvents;
class LanguageController;

namespace samen::rules {
struct CaseResult;
struct RulePack;
} // namespace samen::rules
namespace samen::vault {
class Database;
}

/**
 * Tells the user, once, when the rules in Samen changed the answer for someone in the family.
 *
 * Every verdict a member is shown is kept in the vault with the "rules as of" date of its pack
 * (VerdictRepository). When the bundled pack gives a member another outcome, rule or date than
 * they were last shown under older rules, the home screen says so for that member until the
 * user acknowledges it; the earlier verdicts stay as the member's history. A vault upgraded from
 * the release before keeps a note of the rules it showed: its verdicts are first re-created with
 * that release's pack. When the new rules ask questions that are not answered yet, the notice
 * asks for them first instead of showing verdicts built on missing answers.
 */
class RulesChangeNotice : public QObject, public PublishedSingleton<RulesChangeNotice>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** True when there is something to tell. */
    Q_PROPERTY(bool visible READ isVisible NOTIFY noticeChanged)
    /** The heading: the rules were updated, with their date. */
    Q_PROPERTY(QString title READ title NOTIFY noticeChanged)
    /** One line per member whose answer changed: "For Amina the answer is now: …". */
    Q_PROPERTY(QStringList changes READ changes NOTIFY noticeChanged)
    /** How many questions the new rules still need answered (0 when none). */
    Q_PROPERTY(int newQuestions READ newQuestions NOTIFY noticeChanged)

public:
    /** Texts in the language of @p languages; looks again when @p events says the answers changed. */
    RulesChangeNotice(LanguageController &languages, DossierEvents &events, QObject *parent = nullptr);

    /** Works on the unlocked @p db (nullptr when locked) and looks for changes at once. */
    void setDatabase(samen::vault::Database *db);
    /** The day the rules are compared on (tests); default today. */
    void setToday(QDate today);

    [[nodiscard]] bool isVisible() const { return !m_changes.isEmpty() || m_newQuestions > 0; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QStringList changes() const { return m_changes; }
    [[nodiscard]] int newQuestions() const { return m_newQuestions; }

    /** The user has read the notice: the current verdicts become what was shown. */
    Q_INVOKABLE void acknowledge();
    /**
     * The earlier verdicts of the family member with interview id @p interviewId, newest first,
     * without the current one, one sentence each ("Until … the answer was: … (rules as of …)").
     */
    Q_INVOKABLE QStringList historyOf(const QString &interviewId);

public Q_SLOTS:
    /** Compares the answers in the vault with what was shown; called when answers or verdicts change. */
    void check();
    /** The result page showed the current verdicts: records those that differ from the last shown. */
    void recordShown();

Q_SIGNALS:
    /** The notice's texts or visibility changed. */
    void noticeChanged();

private:
    [[nodiscard]] QJsonObject answers(const samen::rules::RulePack &pack) const;
    [[nodiscard]] static std::optional<samen::rules::CaseResult> evaluate(const samen::rules::RulePack &pack,
                                                                          const QJsonObject &answers);
    void recordUpgradedVerdicts();
    [[nodiscard]] static QList<samen::vault::VerdictRecord>
    changedRecords(const samen::rules::CaseResult &result, QDate rulesAsOf,
                   const QHash<QString, samen::vault::VerdictRecord> &latest);
    [[nodiscard]] QString memberName(const QString &interviewId, const QString &relation) const;
    [[nodiscard]] QString dateText(QDate date) const;
    void setNotice(QStringList changes, int newQuestions, const QString &title = {});

    LanguageController &m_languages;
    samen::vault::Database *m_db = nullptr;
    QDate m_today;
    QString m_title;
    QStringList m_changes;
    int m_newQuestions = 0;
};
