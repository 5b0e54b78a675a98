#include "summary/helpertypes.h"

#include "texts/summarytexts.h"

#include <QMetaProperty>

using namespace samen::summary;

namespace {

QStringList noteAbouts(const MemberSummary &member, int)
{
    QStringList abouts;
    for (const OwnNote &note : member.notes)
        abouts << note.about;
    return abouts;
}

QStringList noteTexts(const MemberSummary &member, int)
{
    QStringList texts;
    for (const OwnNote &note : member.notes)
        texts << note.text;
    return texts;
}

} // namespace

HelperLabels HelperLabels::of(const SummaryTexts &texts)
{
    HelperLabels labels;
    const QMetaObject &meta = staticMetaObject;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QMetaProperty property = meta.property(i);
        property.writeOnGadget(&labels, texts.label(QString::fromLatin1(property.name())));
    }
    return labels;
}

HelperSummary HelperSummary::of(const Summary &summary)
{
    return { summary.referentName, summary.referentLatinName, summary.protection,
             summary.decisionDate, summary.rulesAsOf,         summary.exportDate };
}

HelperMemberModel::HelperMemberModel(QObject *parent)
    : RowListModel(
          parent,
          { { TitleRole, "title", &field<&MemberSummary::title> },
            { NameRole, "name", &field<&MemberSummary::name> },
            { LatinNameRole, "latinName", &field<&MemberSummary::latinName> },
            { RelationRole, "relation", &field<&MemberSummary::relation> },
            { BirthDateRole, "birthDate", &field<&MemberSummary::birthDate> },
            { OutcomeRole, "outcome", &field<&MemberSummary::outcome> },
            { OutcomeIdRole, "outcomeId", &field<&MemberSummary::outcomeId> },
            { RuleSourceRole, "ruleSource", &field<&MemberSummary::ruleSource> },
            { StageRole, "stage", &field<&MemberSummary::stage> },
            { DocumentsReadyRole, "documentsReady", &field<&MemberSummary::documentsReady> },
            { DocumentsMissingRole, "documentsMissing", &field<&MemberSummary::documentsMissing> },
            { NoteAboutsRole, "noteAbouts",
              [](const MemberSummary &row, int index) { return QVariant(noteAbouts(row, index)); } },
            { NoteTextsRole, "noteTexts",
              [](const MemberSummary &row, int index) { return QVariant(noteTexts(row, index)); } } },
          TitleRole)
{ }

HelperDeadlineModel::HelperDeadlineModel(QObject *parent)
    : RowListModel(parent,
                   { { WhatRole, "what", &field<&DeadlineSummary::what> },
                     { WhomRole, "whom", &field<&DeadlineSummary::whom> },
                     { DateRole, "date", &field<&DeadlineSummary::date> },
                     { OwnLabelRole, "ownLabel", &field<&DeadlineSummary::ownLabel> } },
                   DateRole)
{ }
