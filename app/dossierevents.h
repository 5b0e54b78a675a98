#pragma once

#include <QObject>
#include <QString>

/**
 * What changed in the dossier, said once by the one writer of each kind of data and heard by
 * every service that shows it. Nobody polls and nobody tells another service to reload: a
 * service that writes emits here after its write succeeded, and the readers (the writer
 * included) recompute only what the signal names. Owned by AppServices; tests build their own.
 *
 * | data                     | the one writer       | signal                         |
 * |--------------------------|----------------------|--------------------------------|
 * | interview answers        | InterviewController  | answersChanged(subject)        |
 * | family rows and names    | FamilyController     | membersChanged, memberRemoved  |
 * | papers: status, notes    | FamilyController     | documentsChanged(memberId)     |
 * | papers: photos and files | DocumentFiles        | documentsChanged(memberId)     |
 * | steps of the procedure   | TimelineController   | stagesChanged(memberId)        |
 * | deadlines and reminders  | TimelineController   | deadlinesChanged               |
 * | a member's kit language  | KitController        | readingLanguageChanged(member) |
 * | kept letters, photo+text | KeptLetters          | keptLettersChanged(memberId)   |
 */
class DossierEvents : public QObject
{
    Q_OBJECT

public:
    /** A hub without listeners. */
    explicit DossierEvents(QObject *parent = nullptr)
        : QObject(parent)
    { }

    /** The subject of answersChanged() when every answer may have changed (restart, a new vault). */
    static QString allSubjects() { return {}; }

Q_SIGNALS:
    /**
     * Answers about @p subject changed: "sponsor" or "case" for the user's own answers, an
     * interview member id ("m2") for a family member's, empty for all of them.
     */
    void answersChanged(const QString &subject);
    /** Family rows were added or renamed, or the user's own names changed. */
    void membersChanged();
    /**
     * Family member @p memberId (interview id @p interviewId, empty when not in the questions)
     * was removed together with their answers, papers, photos, steps and dates.
     */
    void memberRemoved(qint64 memberId, const QString &interviewId);
    /** The papers of @p memberId changed (status, note, photos, the list); 0: of several members. */
    void documentsChanged(qint64 memberId);
    /** The dates of the procedure's steps of @p memberId changed; 0: of several members. */
    void stagesChanged(qint64 memberId);
    /** Deadline rows changed: added, ticked, snoozed, removed, or a setting of their reminders. */
    void deadlinesChanged();
    /** The language family member @p memberId reads (for their kit) changed. */
    void readingLanguageChanged(qint64 memberId);
    /** A letter's photo and text were kept or deleted, for @p memberId (0: the whole family). */
    void keptLettersChanged(qint64 memberId);
};
