#pragma once

#include "dossier/documents.h"
#include "family/checklistmodel.h"
#include "family/familymodel.h"
#include "family/familyverdicts.h"
#include "publishedsingleton.h"
#include "rules/pack.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <optional>

class DossierEvents;
class InterviewController;
class LanguageController;

namespace samen::dossier {
struct FamilyMember;
}
namespace samen::vault {
class Database;
}

/**
 * The family and their documents for QML: the members with names, verdict and progress
 * (members), the checklists for the page-scoped MemberView, and edits of names and notes.
 *
 * When the vault opens and whenever the interview's answers change it brings the family rows in
 * step with the interview (FamilySync) and every linked member's checklist in step with the
 * documents their verdict requires (ChecklistSync).
 */
class FamilyController : public QObject, public PublishedSingleton<FamilyController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** The family members, in the order they were added (a rename never moves a row). */
    Q_PROPERTY(FamilyModel *members READ members CONSTANT)
    /** True while the vault is open. */
    Q_PROPERTY(bool available READ isAvailable NOTIFY familyChanged)
    /** True when there is at least one family member. */
    Q_PROPERTY(bool hasMembers READ hasMembers NOTIFY familyChanged)
    /** The user's own name in their own script (optional; kept only in the vault). */
    Q_PROPERTY(QString ownName READ ownName NOTIFY ownNamesChanged)
    /** The user's own name in Latin letters, as on the residence permit (optional). */
    Q_PROPERTY(QString ownLatinName READ ownLatinName NOTIFY ownNamesChanged)
    /** The statuses a document can have: maps with value, label and icon. */
    Q_PROPERTY(QVariantList statuses READ statuses NOTIFY textsChanged)

public:
    /**
     * A controller that writes in the language of @p languages and follows the answers of
     * @p interview; both must outlive it.
     */
    FamilyController(const LanguageController &languages, InterviewController &interview,
                     DossierEvents &events, QObject *parent);
    ~FamilyController() override;

    /** The unlocked vault database, or nullptr when it closes (everything read from it is dropped). */
    void setDatabase(samen::vault::Database *db);
    /** The day verdicts are computed for (tests); the current date by default. */
    void setToday(QDate today);

    [[nodiscard]] FamilyModel *members() const { return m_members; }
    [[nodiscard]] bool isAvailable() const { return m_db != nullptr; }
    [[nodiscard]] bool hasMembers() const { return m_members->rowCount() > 0; }
    /**
     * A checklist owned by @p parent whose edits are announced as the papers of its member
     * changing; fill it with showChecklist(). For the page-scoped MemberView.
     */
    [[nodiscard]] ChecklistModel *newChecklist(QObject *parent);
    /** Shows the papers of member @p memberId in @p checklist (none without a vault or for 0). */
    void showChecklist(ChecklistModel &checklist, qint64 memberId) const;
    [[nodiscard]] QVariantList statuses() const;
    [[nodiscard]] QString ownName() const { return m_ownName; }
    [[nodiscard]] QString ownLatinName() const { return m_ownLatinName; }

    /** Stores the user's own names (trimmed; empty is allowed); false on error or without a vault. */
    Q_INVOKABLE bool setOwnNames(const QString &name, const QString &latinName);
    /** The first member of the family list; 0 when there is none (pages opened by name). */
    Q_INVOKABLE [[nodiscard]] qint64 firstMemberId() const;
    /** The first paper on the list of member @p memberId; 0 when there is none. */
    Q_INVOKABLE [[nodiscard]] qint64 firstDocumentId(qint64 memberId) const;
    /** Name and latinName of member @p memberId; empty when there is no such member. */
    Q_INVOKABLE [[nodiscard]] QVariantMap namesOf(qint64 memberId) const;
    /** The family row of interview member @p interviewId ("m2"); 0 when there is none. */
    Q_INVOKABLE [[nodiscard]] qint64 memberIdOf(const QString &interviewId) const;
    /**
     * @p label of interview member @p interviewId ("Child 2") with the name the user gave them,
     * isolated: "Child 2 (Saba)"; @p label alone when they have no name (yet).
     */
    Q_INVOKABLE [[nodiscard]] QString labelWithName(const QString &interviewId, const QString &label) const;
    /**
     * Removes interview member @p interviewId from the questions and, when the vault has their
     * row, with their papers, photos, dates and reminders in one transaction; false on error.
     */
    Q_INVOKABLE bool removeInterviewMember(const QString &interviewId);

    /** Stores the names of member @p memberId (trimmed); false on error. */
    Q_INVOKABLE bool setNames(qint64 memberId, const QString &name, const QString &latinName);
    /** A suggested Latin spelling of @p name, for the user to correct to match the passport. */
    Q_INVOKABLE [[nodiscard]] QString latinSuggestion(const QString &name) const;
    /** Stores the note of member @p memberId; false on error. */
    Q_INVOKABLE bool setNote(qint64 memberId, const QString &note);
    /** Deletes member @p memberId with documents, attachments and interview answers; false on error. */
    Q_INVOKABLE bool remove(qint64 memberId);
    /** How many photos and files are stored for the papers of @p memberId (removal takes them). */
    Q_INVOKABLE [[nodiscard]] int attachmentCount(qint64 memberId) const;

Q_SIGNALS:
    /** The family rows were read again: available, hasMembers, the rows of members and their papers. */
    void familyChanged();
    /** The user's own names. */
    void ownNamesChanged();
    /** Texts that follow the language: statuses. */
    void textsChanged();

private:
    [[nodiscard]] QString language() const;
    [[nodiscard]] bool ensurePack();
    void followAnswers();
    [[nodiscard]] QList<qint64> memberIds() const;
    void removeEmptyLeftovers();
    bool syncChecklists();
    void readRows();
    void announceAll();
    [[nodiscard]] bool updateMember(qint64 memberId,
                                    const std::function<void(samen::dossier::FamilyMember &)> &change);
    [[nodiscard]] FamilyRow rowFor(const samen::dossier::FamilyMember &member,
                                   const QList<samen::dossier::FamilyMember> &all,
                                   const QList<samen::dossier::Document> &documents) const;
    [[nodiscard]] QString titleFor(const samen::dossier::FamilyMember &member,
                                   const QList<samen::dossier::FamilyMember> &all) const;
    void fillProgress(FamilyRow &row, const QList<samen::dossier::Document> &documents) const;
    void fillVerdict(FamilyRow &row, const samen::dossier::FamilyMember &member) const;

    const LanguageController &m_languages;
    InterviewController &m_interview;
    DossierEvents &m_events;
    FamilyModel *m_members;
    samen::vault::Database *m_db = nullptr;
    const samen::rules::RulePack *m_pack = nullptr;
    FamilyVerdicts m_verdicts;
    QDate m_today;
    QString m_ownName;
    QString m_ownLatinName;
};
