#pragma once

#include "rowlist.h"
#include "summary/summary.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace samen::summary {
class SummaryTexts;
}

/**
 * The labels of the helper summary in its language (Dutch or English), one property per key of
 * SummaryTexts::labelKeys(), so that QML reads `labels.members` and qmllint checks the name.
 */
struct HelperLabels
{
    Q_GADGET
    QML_VALUE_TYPE(helperLabels)

    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString referent MEMBER referent)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString latinName MEMBER latinName)
    Q_PROPERTY(QString protection MEMBER protection)
    Q_PROPERTY(QString decisionDate MEMBER decisionDate)
    Q_PROPERTY(QString members MEMBER members)
    Q_PROPERTY(QString relation MEMBER relation)
    Q_PROPERTY(QString birthDate MEMBER birthDate)
    Q_PROPERTY(QString verdict MEMBER verdict)
    Q_PROPERTY(QString rule MEMBER rule)
    Q_PROPERTY(QString source MEMBER source)
    Q_PROPERTY(QString stage MEMBER stage)
    Q_PROPERTY(QString documentsReady MEMBER documentsReady)
    Q_PROPERTY(QString documentsMissing MEMBER documentsMissing)
    Q_PROPERTY(QString deadlines MEMBER deadlines)
    Q_PROPERTY(QString whom MEMBER whom)
    Q_PROPERTY(QString everyone MEMBER everyone)
    Q_PROPERTY(QString ownNote MEMBER ownNote)
    Q_PROPERTY(QString none MEMBER none)
    Q_PROPERTY(QString noMembers MEMBER noMembers)
    Q_PROPERTY(QString noDeadlines MEMBER noDeadlines)
    Q_PROPERTY(QString rulesAsOf MEMBER rulesAsOf)
    Q_PROPERTY(QString exported MEMBER exported)
    Q_PROPERTY(QString page MEMBER page)
    Q_PROPERTY(QString disclaimer MEMBER disclaimer)

public:
    /** Every label of @p texts, by the property named as its key. */
    [[nodiscard]] static HelperLabels of(const samen::summary::SummaryTexts &texts);

    QString title;
    QString referent;
    QString name;
    QString latinName;
    QString protection;
    QString decisionDate;
    QString members;
    QString relation;
    QString birthDate;
    QString verdict;
    QString rule;
    QString source;
    QString stage;
    QString documentsReady;
    QString documentsMissing;
    QString deadlines;
    QString whom;
    QString everyone;
    QString ownNote;
    QString none;
    QString noMembers;
    QString noDeadlines;
    QString rulesAsOf;
    QString exported;
    QString page;
    QString disclaimer;
};

/**
 * The referent and the dates of the helper summary (Summary without its lists, which are the
 * models HelperController.members and .deadlines), as one value for QML.
 */
struct HelperSummary
{
    Q_GADGET
    QML_VALUE_TYPE(helperSummary)

    /** The referent's name in their own script. */
    Q_PROPERTY(QString referentName MEMBER referentName)
    /** The referent's name in Latin letters. */
    Q_PROPERTY(QString referentLatinName MEMBER referentLatinName)
    /** Refugee status or subsidiary protection, in words; empty when unknown. */
    Q_PROPERTY(QString protection MEMBER protection)
    /** Date of the IND decision, dd-MM-yyyy; empty when unknown. */
    Q_PROPERTY(QString decisionDate MEMBER decisionDate)
    /** The rule pack's "rules as of" date, dd-MM-yyyy. */
    Q_PROPERTY(QString rulesAsOf MEMBER rulesAsOf)
    /** The day the summary was made, dd-MM-yyyy; empty when there is no summary. */
    Q_PROPERTY(QString exportDate MEMBER exportDate)

public:
    /** The fields of @p summary. */
    [[nodiscard]] static HelperSummary of(const samen::summary::Summary &summary);

    QString referentName;
    QString referentLatinName;
    QString protection;
    QString decisionDate;
    QString rulesAsOf;
    QString exportDate;
};

/** The family members of the helper summary, in the order they were entered. */
class HelperMemberModel : public SAMEN_ROW_LIST_MODEL(samen::summary::MemberSummary)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HelperController.members")

public:
    /** title, name, latinName, relation, birthDate, outcome, outcomeId, ruleSource, stage (strings);
     * documentsReady, documentsMissing (string lists); noteAbouts and noteTexts (the user's notes:
     * what each is about, empty for the member, and its words). */
    enum Role {
        TitleRole = Qt::UserRole + 1,
        NameRole,
        LatinNameRole,
        RelationRole,
        BirthDateRole,
        OutcomeRole,
        OutcomeIdRole,
        RuleSourceRole,
        StageRole,
        DocumentsReadyRole,
        DocumentsMissingRole,
        NoteAboutsRole,
        NoteTextsRole,
    };
    Q_ENUM(Role)

    explicit HelperMemberModel(QObject *parent = nullptr);

    /** Shows @p members: in place when they are the same members (a new language), else anew. */
    void show(const QList<samen::summary::MemberSummary> &members)
    {
        refreshRows(members, &samen::summary::MemberSummary::id);
    }
};

/** The open deadlines of the helper summary, soonest first. */
class HelperDeadlineModel : public SAMEN_ROW_LIST_MODEL(samen::summary::DeadlineSummary)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HelperController.deadlines")

public:
    /** what, whom, date, ownLabel (see DeadlineSummary). */
    enum Role { WhatRole = Qt::UserRole + 1, WhomRole, DateRole, OwnLabelRole };
    Q_ENUM(Role)

    explicit HelperDeadlineModel(QObject *parent = nullptr);

    /** Shows @p deadlines: in place when they have the same dates (a new language), else anew. */
    void show(const QList<samen::summary::DeadlineSummary> &deadlines)
    {
        refreshRows(deadlines, &samen::summary::DeadlineSummary::date);
    }
};
