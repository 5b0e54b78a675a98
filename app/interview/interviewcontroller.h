#pragma once

#include "interview/questionview.h"
#include "interview/resultmodel.h"
#include "kinds.h"
#include "publishedsingleton.h"
#include "rules/evaluator.h"
#include "rules/interview.h"
#include "rules/pack.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <memory>
#include <optional>

class DossierEvents;
class LanguageController;

namespace samen::vault {
class AnswerStore;
class Database;
} // namespace samen::vault

/**
 * Drives the eligibility interview for QML: one question at a time from the rule pack
 * (loaded on first use, never at start-up), "I don't know", Back without losing answers,
 * "who do you want to bring?", and the verdicts per family member with the nareis deadline.
 * Answers are saved to the vault as they are given and restored when the vault opens.
 */
class InterviewController : public QObject, public PublishedSingleton<InterviewController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** True once the pack is loaded (after start()). */
    Q_PROPERTY(bool ready READ isReady NOTIFY packChanged)
    /** Why the rule pack could not be loaded; empty when it could. */
    Q_PROPERTY(QString loadError READ loadError NOTIFY packChanged)
    /** True when any answer was given. */
    Q_PROPERTY(bool started READ isStarted NOTIFY householdChanged)
    /** True when every question is answered and at least one family member was added. */
    Q_PROPERTY(bool finished READ isFinished NOTIFY householdChanged)
    /** True while a question is shown; false on the "who do you want to bring?" screen. */
    Q_PROPERTY(bool asking READ isAsking NOTIFY questionChanged)
    /** The question on screen: what, about whom, how it is answered, the earlier answer, where. */
    Q_PROPERTY(QuestionView question READ question NOTIFY questionChanged)
    /** True when Back goes to an earlier question. */
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY questionChanged)
    /** Why the last answer was refused, in the user's language; empty when it was taken. */
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    /** The family members added so far: maps with value (the member's id), label and icon. */
    Q_PROPERTY(QVariantList members READ members NOTIFY householdChanged)
    /** The relations to choose from: maps with value, label and icon. */
    Q_PROPERTY(QVariantList relations READ relations NOTIFY householdChanged)
    /** The verdicts, filled by showResult(). */
    Q_PROPERTY(ResultModel *results READ results CONSTANT)
    /** The nareis deadline as a countdown, e.g. "41 days left: apply before 10 April 2026"; empty if unknown.
     */
    Q_PROPERTY(QString deadlineText READ deadlineText NOTIFY resultChanged)
    /** True when the 3 months have passed. */
    Q_PROPERTY(bool deadlinePassed READ isDeadlinePassed NOTIFY resultChanged)
    /** "Rules as of 23 November 2026". */
    Q_PROPERTY(QString rulesAsOfText READ rulesAsOfText NOTIFY packChanged)
    /** Which rules count for this household and why (the regime the pack chose), in plain words. */
    Q_PROPERTY(QString regimeText READ regimeText NOTIFY resultChanged)
    /** True while answers are saved in the vault (a database is set). */
    Q_PROPERTY(bool saving READ isSaving NOTIFY savingChanged)

public:
    /**
     * A controller that writes in the language of @p languages and says what it changed on
     * @p events (and hears there when a member is removed elsewhere); both must outlive it.
     */
    InterviewController(const LanguageController &languages, DossierEvents &events, QObject *parent);
    ~InterviewController() override;

    /** The unlocked vault database, or nullptr when it locks (answers are then dropped from memory). */
    void setDatabase(samen::vault::Database *db);
    /** The day the interview is looked at (tests); the current date by default. */
    void setToday(QDate today);

    [[nodiscard]] bool isReady() const { return m_pack != nullptr; }
    [[nodiscard]] QString loadError() const { return m_loadError; }
    [[nodiscard]] bool isStarted() const;
    [[nodiscard]] bool isFinished() const;
    [[nodiscard]] bool isAsking() const { return m_current.has_value(); }
    [[nodiscard]] QuestionView question() const;
    [[nodiscard]] QString questionId() const;
    [[nodiscard]] QuestionKind::Value questionKind() const;
    [[nodiscard]] QString questionText() const;
    [[nodiscard]] QString helpText() const;
    [[nodiscard]] QString whyText() const;
    [[nodiscard]] QString memberLabel() const;
    [[nodiscard]] QString memberIcon() const;
    [[nodiscard]] QVariantList options() const;
    [[nodiscard]] QVariant currentAnswer() const;
    [[nodiscard]] bool isCurrentAnswerUnknown() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] double progress() const;
    [[nodiscard]] QString latestDate() const;
    [[nodiscard]] int suggestedYear() const;
    [[nodiscard]] bool canGoBack() const;
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] QVariantList members() const;
    [[nodiscard]] QVariantList relations() const;
    [[nodiscard]] ResultModel *results() const { return m_results; }
    [[nodiscard]] QString deadlineText() const { return m_deadlineText; }
    [[nodiscard]] QString regimeText() const { return m_regimeText; }
    [[nodiscard]] bool isDeadlinePassed() const { return m_deadlinePassed; }
    [[nodiscard]] QString rulesAsOfText() const;
    [[nodiscard]] bool isSaving() const { return m_store != nullptr; }
    /** The answers so far, as a case object in the samen-rules format. */
    [[nodiscard]] QJsonObject answers() const { return m_answers; }

    /** Loads the rule pack if needed and goes to the first unanswered question. */
    Q_INVOKABLE void start();
    /** Answers the current question: a bool, an ISO date string, an option or a number. */
    Q_INVOKABLE bool answer(const QVariant &value);
    /** Answers the current question with "I don't know". */
    Q_INVOKABLE bool dontKnow();
    /** Keeps the earlier answer of the current question and goes on. */
    Q_INVOKABLE void next();
    /** Goes to the previous question; answers are kept. */
    Q_INVOKABLE void back();
    /** Adds a family member with @p relation (e.g. "child") and goes to their questions. */
    Q_INVOKABLE bool addMember(const QString &relation);
    /** Goes to the first question about member @p id ("m2"), to look at or correct their answers. */
    Q_INVOKABLE bool openMember(const QString &id);
    /** Goes to the first of the user's own questions (about them and their application). */
    Q_INVOKABLE bool openOwnAnswers();
    /**
     * Deletes member @p id and their answers (here and in the vault) and drops them as the other
     * parent of a child. With a vault, FamilyController::removeInterviewMember() also takes
     * their papers and dates.
     */
    Q_INVOKABLE bool removeMember(const QString &id);
    /** Evaluates the answers and fills results and the deadline; false when that is not possible yet. */
    Q_INVOKABLE bool showResult();
    /** Deletes all answers (here and in the vault) and starts again. */
    Q_INVOKABLE void restart();

Q_SIGNALS:
    /** The result page now shows the verdicts of the current answers. */
    void verdictsShown();
    /** The rule pack was loaded (or could not be): ready, loadError, rulesAsOfText. */
    void packChanged();
    /** The question on screen or how it reads: everything about the current question and Back. */
    void questionChanged();
    /** The answers as a whole: started, finished, the members added and the relations to choose. */
    void householdChanged();
    /** errorText. */
    void errorChanged();
    /** The verdicts' texts: deadlineText, deadlinePassed, regimeText. */
    void resultChanged();
    /** saving. */
    void savingChanged();

private:
    [[nodiscard]] QJsonObject freshAnswers() const;
    [[nodiscard]] const samen::rules::Question *currentQuestion() const;
    [[nodiscard]] QString language() const;
    [[nodiscard]] QuestionView makeQuestionView() const;
    [[nodiscard]] QString progressTextIn(const QList<samen::rules::InterviewStep> &section) const;
    [[nodiscard]] double progressIn(const QList<samen::rules::InterviewStep> &section) const;
    [[nodiscard]] QString memberLabelAt(int index) const;
    /** Interview id of member @p index ("m2"). */
    [[nodiscard]] QString memberIdAt(int index) const;
    [[nodiscard]] QString memberRelationAt(int index) const;
    [[nodiscard]] QString dateText(QDate date) const;
    [[nodiscard]] bool record(const QJsonValue &value);
    void moveAfter(const samen::rules::InterviewStep &step);
    [[nodiscard]] int memberIndexOf(const QString &id) const;
    [[nodiscard]] QList<samen::rules::InterviewStep> sectionSteps(int memberIndex) const;
    /** Goes to the first question of member @p memberIndex's section (-1: the user's own). */
    bool openSection(int memberIndex);
    [[nodiscard]] std::optional<samen::rules::InterviewStep> nextUnanswered(int memberIndex) const;
    void moveToNextUnanswered(int memberIndex);
    void restore();
    void readAnswers();
    void forgetMember(const QString &interviewId);
    void announceAll();
    void announceQuestion();
    void saved(const QString &subject);
    void updateDeadline(const samen::rules::CaseResult &result, const samen::rules::Case &input);
    /** Days left to the window's legal last day, and its plain end when the law moves it. */
    [[nodiscard]] QString countdownTo(const samen::rules::Deadline &window) const;
    [[nodiscard]] ResultRow rowFor(const samen::rules::MemberResult &result, int memberIndex,
                                   bool applied) const;

    const LanguageController &m_languages;
    DossierEvents &m_events;
    const samen::rules::RulePack *m_pack = nullptr;
    std::unique_ptr<samen::rules::Interview> m_interview;
    std::unique_ptr<samen::vault::AnswerStore> m_store;
    ResultModel *m_results;
    QJsonObject m_answers;
    std::optional<samen::rules::InterviewStep> m_current;
    mutable std::optional<QuestionView> m_questionView;
    QDate m_today;
    QString m_loadError;
    QString m_error;
    QString m_deadlineText;
    QString m_regimeText;
    bool m_deadlinePassed = false;
    bool m_resultShown = false;
};
