#pragma once

#include "rowlist.h"

#include <QQmlEngine>
#include <QString>

namespace samen::rules {
struct RulePack;
}

/** One kind of letter from the IND, as the "a letter came" list and the letter page show it. */
struct LetterRow
{
    Q_GADGET
    QML_VALUE_TYPE(letterRow)
    Q_PROPERTY(QString letterId MEMBER letterId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString headline MEMBER headline)
    Q_PROPERTY(QString what MEMBER what)
    Q_PROPERTY(QString todo MEMBER todo)
    Q_PROPERTY(QString warning MEMBER warning)
    Q_PROPERTY(QString opens MEMBER opens)
    Q_PROPERTY(bool asksLetterDate MEMBER asksLetterDate)
    Q_PROPERTY(bool asksAnswerBy MEMBER asksAnswerBy)
    Q_PROPERTY(bool asksDecisionBy MEMBER asksDecisionBy)

public:
    /** Pack letter id, e.g. "missingItems". */
    QString letterId;
    /** Its name in the user's language. */
    QString title;
    /** The Dutch words printed on the paper, as they appear there (" · " between them). */
    QString headline;
    /** What this letter is. */
    QString what;
    /** What to do. */
    QString todo;
    /** A warning (an unanswered letter can end the application); may be empty. */
    QString warning;
    /** The deadline its date starts, by name (e.g. "Object to the no"); empty when none. */
    QString opens;
    /** True when the letter's own date (dagtekening) is asked: it is the date of a step. */
    bool asksLetterDate = false;
    /** True when the date by which the IND wants an answer is asked. */
    bool asksAnswerBy = false;
    /** True when the day the IND decides by (in the receipt letter) is asked. */
    bool asksDecisionBy = false;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const LetterRow &other) const;
};

/** The kinds of IND letter in the pack, in the order the list shows them, in the user's language. */
class LetterModel : public SAMEN_ROW_LIST_MODEL(LetterRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TimelineController")

public:
    /** The data of a row. */
    enum Role {
        LetterIdRole = Qt::UserRole,
        TitleRole,
        HeadlineRole,
        WhatRole,
        TodoRole,
        WarningRole,
        OpensRole,
        AsksLetterDateRole,
        AsksAnswerByRole,
        AsksDecisionByRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit LetterModel(QObject *parent);

    /** The letters of @p pack with their texts in the current language. */
    void read(const samen::rules::RulePack &pack);
    /** Letter @p letterId (for the page that shows one letter); empty when unknown. */
    Q_INVOKABLE LetterRow letter(const QString &letterId) const;
};
