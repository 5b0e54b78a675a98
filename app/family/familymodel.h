#pragma once

#include "kinds.h"
#include "rowlist.h"

#include <QQmlEngine>
#include <QString>

/** One family member as the family list shows it, all texts in the user's language. */
struct FamilyRow
{
    Q_GADGET
    QML_VALUE_TYPE(familyRow)
    /** The row id, as QML reads ids (a double, exact below 2^53). */
    Q_PROPERTY(double memberId READ qmlId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString latinName MEMBER latinName)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString relation MEMBER relation)
    Q_PROPERTY(QString relationLabel MEMBER relationLabel)
    Q_PROPERTY(QString relationIcon MEMBER relationIcon)
    Q_PROPERTY(Outcome::Value outcome MEMBER outcome)
    Q_PROPERTY(QString verdict MEMBER verdict)
    Q_PROPERTY(QString verdictIcon MEMBER verdictIcon)
    Q_PROPERTY(int documentsReady MEMBER documentsReady)
    Q_PROPERTY(int documentsTotal MEMBER documentsTotal)
    Q_PROPERTY(QString progressText MEMBER progressText)
    Q_PROPERTY(bool linked MEMBER linked)
    Q_PROPERTY(QString interviewId MEMBER interviewId)
    Q_PROPERTY(QString note MEMBER note)
    Q_PROPERTY(QString ageWarning MEMBER ageWarning)

public:
    [[nodiscard]] double qmlId() const { return double(id); }

    /** family_member row id. */
    qint64 id = 0;
    /** Name in the person's own script; may be empty. */
    QString name;
    /** Name in Latin letters, as in the passport; may be empty. */
    QString latinName;
    /** What the list shows as the name: the name, else the Latin name, else e.g. "Child 2". */
    QString title;
    /** Rule-pack relation id, e.g. "child". */
    QString relation;
    /** The relation in words, e.g. "Child". */
    QString relationLabel;
    /** Icon of the relation. */
    QString relationIcon;
    /** The verdict (the QML enum Outcome); None when there is none. */
    Outcome::Value outcome = Outcome::None;
    /** The verdict in words, or why there is none. */
    QString verdict;
    /** Icon of the verdict. */
    QString verdictIcon;
    /** Documents with status ready. */
    int documentsReady = 0;
    /** Documents on the checklist. */
    int documentsTotal = 0;
    /** E.g. "3 of 5 papers ready", in the user's digits. */
    QString progressText;
    /** False when the member is not (or no longer) in the eligibility questions. */
    bool linked = false;
    /** The member's id in the eligibility interview ("m1"); empty when not linked. */
    QString interviewId;
    /** The user's own note. */
    QString note;
    /** A dated warning when the member turns 18 before the application is sent; empty otherwise. */
    QString ageWarning;
};

/** The family members, in the order they were added. Filled by FamilyController. */
class FamilyModel : public SAMEN_ROW_LIST_MODEL(FamilyRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by FamilyController")

public:
    /** The data of a row. */
    enum Role {
        IdRole = Qt::UserRole,
        NameRole,
        LatinNameRole,
        TitleRole,
        RelationRole,
        RelationLabelRole,
        RelationIconRole,
        OutcomeRole,
        VerdictRole,
        VerdictIconRole,
        DocumentsReadyRole,
        DocumentsTotalRole,
        ProgressTextRole,
        LinkedRole,
        InterviewIdRole,
        AgeWarningRole,
        NoteRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit FamilyModel(QObject *parent);

    /** Replaces all rows with @p rows, in the order added (by row id), so that a rename moves nothing. */
    void setRows(QList<FamilyRow> rows);
};
