#pragma once

#include "demo/demohouseholds.h"
#include "dossier/documents.h"
#include "dossier/people.h"

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

/** The invented people of the demo households, as data: what fill() stores. */
namespace samen::demo::data {

using dossier::DocumentStatus;

/** One interview answer: question id and the value as the interview records it. */
struct Answer
{
    QString questionId;
    QJsonValue value;
};

/** A stage of the procedure (session10 stage id) and its date. */
struct Stage
{
    QString stage;
    QDate date;
};

/** A family member: interview answers, names, note, stages and document statuses. */
struct DemoMember
{
    QString interviewId;
    QString name;
    QString latinName;
    QDate birthDate;
    QList<Answer> answers;
    QString note;
    QList<Stage> stages;
    QHash<QString, DocumentStatus> documents;
    QHash<QString, QString> documentNotes;
};

/** A deadline the user copied from a letter, with their own label. */
struct Letter
{
    QString interviewId;
    QString label;
    QDate due;
};

/** A whole household: the referent, the case answers, the members and the letters. */
struct DemoHousehold
{
    dossier::Referent referent;
    QList<Answer> answers;
    QList<DemoMember> members;
    QList<Letter> letters;
};

/** @p household with every date counted from @p today. */
[[nodiscard]] DemoHousehold household(Household household, QDate today);

} // namespace samen::demo::data
