#pragma once

#include "kinds.h"

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/**
 * The question on screen, as one value for QML (InterviewController.question): what is asked,
 * about whom, how it is answered, what was answered before and where it is in the questions.
 */
struct QuestionView
{
    Q_GADGET
    QML_VALUE_TYPE(questionView)

    /** Id, e.g. "sponsor.decisionDate"; empty when no question is on screen. */
    Q_PROPERTY(QString id MEMBER id)
    /** How it is answered. */
    Q_PROPERTY(QuestionKind::Value kind MEMBER kind)
    /** The question in the user's language. */
    Q_PROPERTY(QString text MEMBER text)
    /** Where to find the answer; may be empty. */
    Q_PROPERTY(QString help MEMBER help)
    /** "Why do we ask this?". */
    Q_PROPERTY(QString why MEMBER why)
    /** Whom a member question is about, e.g. "Child 2"; empty for the user's own questions. */
    Q_PROPERTY(QString memberLabel MEMBER memberLabel)
    /** Icon of that member's relation; empty for the user's own questions. */
    Q_PROPERTY(QString memberIcon MEMBER memberIcon)
    /** That member's id in the interview (as in InterviewController::members); empty for the user's own. */
    Q_PROPERTY(QString memberId MEMBER memberId)
    /** For a choice: maps with value, label and icon. */
    Q_PROPERTY(QVariantList options MEMBER options)
    /** The answer given earlier: true/false, ISO date, option or number; undefined if none. */
    Q_PROPERTY(QVariant answer MEMBER answer)
    /** True when it was answered "I don't know". */
    Q_PROPERTY(bool answerUnknown MEMBER answerUnknown)
    /** "Person 2 of 4: question 3 of 6", in the user's digits. */
    Q_PROPERTY(QString progressText MEMBER progressText)
    /** 0 to 1, within the questions about the current person. */
    Q_PROPERTY(double progress MEMBER progress)
    /** For a date: the last day it can be (ISO); empty when it may be in the future. */
    Q_PROPERTY(QString latestDate MEMBER latestDate)
    /** For a date: the year a year list opens at. */
    Q_PROPERTY(int suggestedYear MEMBER suggestedYear)

public:
    QString id;
    QuestionKind::Value kind = QuestionKind::None;
    QString text;
    QString help;
    QString why;
    QString memberLabel;
    QString memberIcon;
    QString memberId;
    QVariantList options;
    QVariant answer;
    bool answerUnknown = false;
    QString progressText;
    double progress = 0;
    QString latestDate;
    int suggestedYear = 0;
};
