#pragma once

#include "dossier/people.h"
#include "dossier/timeline.h"
#include "kinds.h"
#include "publishedsingleton.h"
#include "rules/pack.h"
#include "timeline/deadlinemodel.h"
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
 * The procedure for QML: the stages of one family member (the current member, the first one
 * unless the user chose another) with their dates, the deadlines of the whole family, the home
 * screen's "what now", the reminder text setting and the calendar export. Every change is written
 * to the vault at once, the deadline table is brought in step with the rule pack, and the
 * reminders are planned again.
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
    /** The member whose stages are shown; falls back to the first member (0 when there is none). */
    Q_PROPERTY(qint64 currentMemberId READ currentMemberId WRITE setCurrentMemberId NOTIFY memberChanged)
    /** The current member's name (or relation). */
    Q_PROPERTY(QString currentMemberName READ currentMemberName NOTIFY memberChanged)
    /** The stages of the current member. */
    Q_PROPERTY(StageModel *stages READ stages CONSTANT)
    /** All deadlines of the family. */
    Q_PROPERTY(DeadlineModel *deadlines READ deadlines CONSTANT)
    /** Why the last change was refused, in the user's language; empty when it was taken. */
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    /** The receipt-letter decision date of the current member (ISO); empty when not entered. */
    Q_PROPERTY(QString receiptLetterDate READ receiptLetterDate NOTIFY memberChanged)
    /** True when the current member has an application date (so a receipt letter can exist). */
    Q_PROPERTY(bool canUseReceiptLetter READ canUseReceiptLetter NOTIFY memberChanged)
    /** The soonest open deadline of the user's own (not the IND's decision); its title, or empty. */
    Q_PROPERTY(QString nextDeadlineTitle READ nextDeadlineTitle NOTIFY homeChanged)
    /** For whom the soonest deadline is. */
    Q_PROPERTY(QString nextDeadlineWho READ nextDeadlineWho NOTIFY homeChanged)
    /** Its last day in the user's calendar, with Gregorian in brackets when different. */
    Q_PROPERTY(QString nextDeadlineDate READ nextDeadlineDate NOTIFY homeChanged)
    /** The rule-pack id of that deadline ("window", "bStatusWait", …; "letter"); empty when none. */
    Q_PROPERTY(QString nextDeadlineRuleId READ nextDeadlineRuleId NOTIFY homeChanged)
    /** What its date means: the last day to act, or the first day something is possible (the pack says). */
    Q_PROPERTY(DeadlineKind::Value nextDeadlineKind READ nextDeadlineKind NOTIFY homeChanged)
    /** Its countdown in words, e.g. "12 days left". */
    Q_PROPERTY(QString nextDeadlineCountdown READ nextDeadlineCountdown NOTIFY homeChanged)
    /** Days until it (negative when passed). */
    Q_PROPERTY(int nextDeadlineDays READ nextDeadlineDays NOTIFY homeChanged)
    /** The next step for the current member. */
    Q_PROPERTY(QString nextStep READ nextStep NOTIFY homeChanged)
    /** Documents of the family still missing or requested. */
    Q_PROPERTY(int missingDocuments READ missingDocuments NOTIFY homeChanged)
    /** Deadlines whose reminders were due when the vault opened: "title: countdown" lines. */
    Q_PROPERTY(QStringList dueReminders READ dueReminders NOTIFY homeChanged)
    /** Reminders say which deadline and when (the user's choice; stored in the vault). */
    Q_PROPERTY(
        bool detailedReminders READ detailedReminders WRITE setDetailedReminders NOTIFY settingsChanged)
    /** Today as ISO date. */
    Q_PROPERTY(QString today READ todayIso NOTIFY homeChanged)

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
    [[nodiscard]] qint64 currentMemberId() const;
    void setCurrentMemberId(qint64 memberId);
    [[nodiscard]] QString currentMemberName() const;
    [[nodiscard]] StageModel *stages() const { return m_stages; }
    [[nodiscard]] DeadlineModel *deadlines() const { return m_deadlines; }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] QString receiptLetterDate() const;
    [[nodiscard]] bool canUseReceiptLetter() const;
    [[nodiscard]] QString nextDeadlineTitle() const;
    [[nodiscard]] QString nextDeadlineWho() const;
    [[nodiscard]] QString nextDeadlineDate() const;
    [[nodiscard]] QString nextDeadlineRuleId() const;
    [[nodiscard]] DeadlineKind::Value nextDeadlineKind() const;
    [[nodiscard]] QString nextDeadlineCountdown() const;
    [[nodiscard]] int nextDeadlineDays() const;
    [[nodiscard]] QString nextStep() const;
    [[nodiscard]] int missingDocuments() const { return m_missingDocuments; }
    [[nodiscard]] QStringList dueReminders() const;
    [[nodiscard]] bool detailedReminders() const { return m_detailed; }
    void setDetailedReminders(bool detailed);
    [[nodiscard]] QString todayIso() const;

    /** Sets the date of @p stage for the current member; false (errorText says why) for a wrong date. */
    Q_INVOKABLE bool setStageDate(const QString &stage, const QString &isoDate);
    /** Sets the date of @p stage for every family member (one application for all). */
    Q_INVOKABLE bool setStageDateForAll(const QString &stage, const QString &isoDate);
    /** Removes the date of @p stage for the current member. */
    Q_INVOKABLE bool clearStage(const QString &stage);
    /** The IND's own last day from the receipt letter, for the current member's decision deadline. */
    Q_INVOKABLE bool setReceiptLetterDate(const QString &isoDate);
    /** Goes back to the 90-day estimate for the current member's decision deadline. */
    Q_INVOKABLE bool clearReceiptLetterDate();
    /**
     * Marks deadline @p deadlineId as dealt with (or not). A deadline that a step of the
     * procedure ends (the nareis window: the application) is not ticked: recordStep() does it,
     * and "not done" removes that step's date again.
     */
    Q_INVOKABLE bool setDone(qint64 deadlineId, bool done);
    /**
     * Enters @p isoDate as the day of the step that ends deadline @p deadlineId (for the window:
     * the day the application was sent), for its member or for everyone when it is the family's.
     */
    Q_INVOKABLE bool recordStep(qint64 deadlineId, const QString &isoDate);
    /** Holds its reminders back for @p days days (1 or 7). */
    Q_INVOKABLE bool snooze(qint64 deadlineId, int days);
    /** Adds an "answer before" date from an IND letter for @p memberId (0: whole family). */
    Q_INVOKABLE bool addLetterDeadline(qint64 memberId, const QString &label, const QString &isoDate);
    /** Removes a deadline the user added from a letter. */
    Q_INVOKABLE bool removeLetterDeadline(qint64 deadlineId);
    /** Writes the open deadlines as an .ics file to @p file; labels only when @p includeNotes. */
    Q_INVOKABLE bool exportCalendar(const QUrl &file, bool includeNotes);

Q_SIGNALS:
    /** The family read from the vault: ready, hasMembers, members. */
    void familyChanged();
    /** The member whose steps are shown, or what is known of them: currentMember*, receiptLetter*. */
    void memberChanged();
    /** errorText. */
    void errorChanged();
    /** The home screen's "what now": the next deadline, the next step, missing papers, due reminders, today.
     */
    void homeChanged();
    /** detailedReminders. */
    void settingsChanged();

private:
    [[nodiscard]] const samen::rules::RulePack *pack();
    [[nodiscard]] QString language() const;
    [[nodiscard]] QString memberName(qint64 memberId) const;
    [[nodiscard]] std::optional<QDate> checkedDate(const QString &isoDate, bool mayBeFuture);
    [[nodiscard]] QDate stageDate(qint64 memberId, const QString &stage) const;
    [[nodiscard]] bool isBeforeFiling(qint64 memberId, const QString &stage, QDate date) const;
    [[nodiscard]] QString outOfOrderWith(qint64 memberId, const QString &stage, QDate date) const;
    [[nodiscard]] QString orderProblem(qint64 memberId, const QString &stage, QDate date) const;
    [[nodiscard]] bool writeStage(qint64 memberId, const QString &stage, const QDate &date);
    [[nodiscard]] std::optional<samen::dossier::Deadline> row(qint64 deadlineId) const;
    [[nodiscard]] QString stageEnding(const QString &ruleId);
    [[nodiscard]] QList<qint64> membersOf(const samen::dossier::Deadline &deadline) const;
    [[nodiscard]] bool writeStageFor(const samen::dossier::Deadline &deadline, const QDate &date);
    [[nodiscard]] bool saveRow(samen::dossier::Deadline row);
    [[nodiscard]] const DeadlineRow *nextOpen() const;
    [[nodiscard]] DeadlineKind::Value kindOf(const QString &ruleId) const;
    bool fail(const QString &message);
    bool failAndTryAgain();
    bool stagesWritten(qint64 memberId);
    bool deadlinesWritten();
    void announceAll();
    void readAll();
    void followAnswers(const QString &subject);
    void countMissingDocuments();
    void load();
    void materialise();
    void rebuild();
    void replan();

    const LanguageController &m_languages;
    ReminderService &m_reminders;
    DossierEvents &m_events;
    samen::vault::Database *m_db = nullptr;
    const samen::rules::RulePack *m_pack = nullptr;
    StageModel *m_stages;
    DeadlineModel *m_deadlines;
    QList<samen::dossier::FamilyMember> m_members;
    QHash<qint64, QList<samen::dossier::StageEvent>> m_stageEvents;
    QList<samen::dossier::Deadline> m_rows;
    qint64 m_chosenMember = 0;
    int m_missingDocuments = 0;
    bool m_detailed = false;
    QString m_error;
};
