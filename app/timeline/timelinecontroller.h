#pragma once

#include "dossier/people.h"
#include "dossier/timeline.h"
#include "kinds.h"
#include "procedure/ruledeadlines.h"
#include "publishedsingleton.h"
#include "rules/pack.h"
#include "timeline/deadlinemodel.h"
#include "timeline/lettermodel.h"
#include "timeline/stagemodel.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <optional>

class DossierEvents;
class LanguageController;
class ReminderService;

namespace samen::vault {
class Database;
}

/**
 * The procedure, the one writer of stage dates and deadlines: it reads the family's stages and
 * deadlines from the vault, brings the deadline table in step with the rule pack, plans the
 * reminders again, and says `timelineChanged` after every read. Pages show one member's steps
 * through a StagesView of their own; Home reads HomeStatus. Every write names its member.
 */
class TimelineController : public QObject, public PublishedSingleton<TimelineController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** True while the vault is open. */
    Q_PROPERTY(bool ready READ isReady NOTIFY familyChanged)
    /** True when there is at least one family member. */
    Q_PROPERTY(bool hasMembers READ hasMembers NOTIFY familyChanged)
    /** The family members: maps with memberId and name. */
    Q_PROPERTY(QVariantList members READ members NOTIFY familyChanged)
    /** All deadlines of the family. */
    Q_PROPERTY(DeadlineModel *deadlines READ deadlines CONSTANT)
    /** The kinds of IND letter, for "a letter came". */
    Q_PROPERTY(LetterModel *letters READ letters CONSTANT)
    /** Why the last change was refused, in the user's language; empty when it was taken. */
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    /** Reminders say which deadline and when (the user's choice; stored in the vault). */
    Q_PROPERTY(
        bool detailedReminders READ detailedReminders WRITE setDetailedReminders NOTIFY settingsChanged)
    /** Today as ISO date. */
    Q_PROPERTY(QString today READ todayIso NOTIFY timelineChanged)

public:
    /**
     * Writes in the language of @p languages, plans with @p reminders, says what it wrote on
     * @p events and reads again what the others say they wrote there; all must outlive it.
     */
    TimelineController(const LanguageController &languages, ReminderService &reminders, DossierEvents &events,
                       QObject *parent);
    ~TimelineController() override;

    /** The unlocked vault, or nullptr when it closes (everything read from it is dropped). */
    void setDatabase(samen::vault::Database *db);

    [[nodiscard]] bool isReady() const { return m_db != nullptr; }
    [[nodiscard]] bool hasMembers() const { return !m_members.isEmpty(); }
    [[nodiscard]] QVariantList members() const;
    [[nodiscard]] DeadlineModel *deadlines() const { return m_deadlines; }
    [[nodiscard]] LetterModel *letters() const { return m_letters; }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] bool detailedReminders() const { return m_detailed; }
    void setDetailedReminders(bool detailed);
    [[nodiscard]] QString todayIso() const;

    /** The family members as read from the vault, in family order. */
    [[nodiscard]] const QList<samen::dossier::FamilyMember> &familyMembers() const { return m_members; }
    /** True when @p memberId is one of them. */
    [[nodiscard]] bool hasMember(qint64 memberId) const;
    /** How the app names member @p memberId ("Whole family" for 0; empty when unknown). */
    [[nodiscard]] QString memberName(qint64 memberId) const;
    /** The steps of member @p memberId in pack order, with their dates; empty for an unknown member. */
    [[nodiscard]] QList<StageRow> stageRows(qint64 memberId) const;
    /**
     * The day of step @p stage of member @p memberId; invalid when not entered. The application's
     * day the user gave in the questions counts where the step has no date of its own.
     */
    [[nodiscard]] QDate stageDate(qint64 memberId, const QString &stage) const;
    /**
     * The phase member @p memberId is in after the application (a pack phase id); empty before.
     * An application the user says is sent, on a day not known, puts them in the phase it starts.
     */
    [[nodiscard]] QString phaseOf(qint64 memberId) const;
    /** The IND's own last day from the receipt letter for member @p memberId (ISO); empty when none. */
    [[nodiscard]] QString receiptLetterDate(qint64 memberId) const;
    /** The open deadlines of member @p memberId (and the family's) of @p ruleIds, soonest first. */
    [[nodiscard]] QList<DeadlineRow> deadlinesOf(qint64 memberId, const QStringList &ruleIds) const;
    /** The clock and today of the reminders. */
    [[nodiscard]] const ReminderService &reminders() const { return m_reminders; }
    /** The rule pack (bundled); nullptr when it could not be loaded. */
    [[nodiscard]] const samen::rules::RulePack *rulePack() const { return m_pack; }

    /** Sets the date of @p stage for member @p memberId; false (errorText says why) for a wrong date. */
    Q_INVOKABLE bool setStageDate(double memberId, const QString &stage, const QString &isoDate);
    /** Sets the date of @p stage for every family member (one application for all). */
    Q_INVOKABLE bool setStageDateForAll(const QString &stage, const QString &isoDate);
    /** Removes the date of @p stage for member @p memberId. */
    Q_INVOKABLE bool clearStage(double memberId, const QString &stage);
    /** The IND's own last day from the receipt letter, for the decision deadline of member @p memberId. */
    Q_INVOKABLE bool setReceiptLetterDate(double memberId, const QString &isoDate);
    /** Goes back to the 90-day estimate for the decision deadline of member @p memberId. */
    Q_INVOKABLE bool clearReceiptLetterDate(double memberId);
    /**
     * Marks deadline @p deadlineId as dealt with (or not). A deadline that a step of the
     * procedure ends (the nareis window: the application) is not ticked: recordStep() does it,
     * and "not done" removes that step's date again.
     */
    Q_INVOKABLE bool setDone(qint64 deadlineId, bool done);
    /** Forgets the last error (a page that opens shows none from an earlier visit). */
    Q_INVOKABLE void clearError();
    /**
     * Enters @p isoDate as the day of the step that ends deadline @p deadlineId (for the window:
     * the day the application was sent), for its member or for everyone when it is the family's.
     */
    Q_INVOKABLE bool recordStep(qint64 deadlineId, const QString &isoDate);
    /** Holds its reminders back for @p days days (1 or 7). */
    Q_INVOKABLE bool snooze(qint64 deadlineId, int days);
    /** Adds an "answer before" date from an IND letter for @p memberId (0: whole family). */
    Q_INVOKABLE bool addLetterDeadline(qint64 memberId, const QString &label, const QString &isoDate);
    /**
     * Records that letter @p letterId of the pack came for member @p memberId, or for everyone in
     * the application when @p forEveryone: the letter's own date @p letterDateIso becomes the date
     * of the step the letter is (a no opens the 4 weeks to object), and @p dateInLetterIso, where
     * the letter names one, becomes the answer deadline with its reminders (or the IND's own last
     * day, from the receipt letter). Nothing is written when a date is wrong (errorText says why).
     */
    Q_INVOKABLE bool recordLetter(double memberId, bool forEveryone, const QString &letterId,
                                  const QString &letterDateIso, const QString &dateInLetterIso);
    /** Removes a deadline the user added from a letter. */
    Q_INVOKABLE bool removeLetterDeadline(qint64 deadlineId);
    /** Writes the open deadlines as an .ics file to @p file; labels only when @p includeNotes. */
    Q_INVOKABLE bool exportCalendar(const QUrl &file, bool includeNotes);

Q_SIGNALS:
    /** The family read from the vault: ready, hasMembers, members. */
    void familyChanged();
    /** Stages, deadlines or the texts of them were read again (also after a language change). */
    void timelineChanged();
    /** errorText. */
    void errorChanged();
    /** detailedReminders. */
    void settingsChanged();

private:
    [[nodiscard]] const samen::rules::RulePack *pack();
    [[nodiscard]] qint64 knownMember(double memberId);
    [[nodiscard]] QString language() const;
    [[nodiscard]] std::optional<QDate> checkedDate(const QString &isoDate, bool mayBeFuture);
    [[nodiscard]] bool isBeforeFiling(qint64 memberId, const QString &stage, QDate date) const;
    [[nodiscard]] QString outOfOrderWith(qint64 memberId, const QString &stage, QDate date) const;
    [[nodiscard]] QString orderProblem(qint64 memberId, const QString &stage, QDate date) const;
    [[nodiscard]] bool writeStage(qint64 memberId, const QString &stage, const QDate &date);
    [[nodiscard]] std::optional<samen::dossier::Deadline> row(qint64 deadlineId) const;
    [[nodiscard]] QString stageEnding(const QString &ruleId);
    [[nodiscard]] QList<qint64> membersOf(const samen::dossier::Deadline &deadline) const;
    [[nodiscard]] bool writeStageFor(const samen::dossier::Deadline &deadline, const QDate &date);
    [[nodiscard]] bool saveRow(samen::dossier::Deadline row);
    [[nodiscard]] std::optional<QDate>
    checkedLetterDates(const samen::rules::LetterSpec &letter, const QList<qint64> &members,
                       const QString &letterDateIso, const QString &dateInLetterIso, QDate *dateInLetter);
    [[nodiscard]] bool writeLetter(const samen::rules::LetterSpec &letter, const QList<qint64> &members,
                                   bool forEveryone, QDate letterDate, QDate dateInLetter);
    [[nodiscard]] DeadlineKind::Value kindOf(const QString &ruleId) const;
    bool fail(const QString &message);
    bool failAndTryAgain();
    bool stagesWritten(qint64 memberId);
    bool deadlinesWritten();
    void announceAll();
    void readAll();
    void followAnswers(const QString &subject);
    /** True when the user entered a date for @p stage of @p memberId on the steps page. */
    [[nodiscard]] bool hasOwnDate(qint64 memberId, const QString &stage) const;
    /** True when @p stage is the application's and the user answered in the questions that it is sent. */
    [[nodiscard]] bool sentByAnswer(const QString &stage) const;
    bool failAnsweredInQuestions();
    /** The stage dates of @p memberId, the application's day from the interview included. */
    [[nodiscard]] QHash<QString, QDate> stageDates(qint64 memberId) const;
    void load();
    void materialise();
    void rebuild();
    void replan();

    const LanguageController &m_languages;
    ReminderService &m_reminders;
    DossierEvents &m_events;
    samen::vault::Database *m_db = nullptr;
    const samen::rules::RulePack *m_pack = nullptr;
    DeadlineModel *m_deadlines;
    LetterModel *m_letters;
    QList<samen::dossier::FamilyMember> m_members;
    QHash<qint64, QList<samen::dossier::StageEvent>> m_stageEvents;
    QList<samen::dossier::Deadline> m_rows;
    samen::procedure::CaseDates m_case;
    bool m_detailed = false;
    QString m_error;
};
