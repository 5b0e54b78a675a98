#include "family/familymodel.h"

#include <algorithm>

FamilyModel::FamilyModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { IdRole, "memberId", field<&FamilyRow::id> },
                       { NameRole, "name", field<&FamilyRow::name> },
                       { LatinNameRole, "latinName", field<&FamilyRow::latinName> },
                       { TitleRole, "title", field<&FamilyRow::title> },
                       { RelationRole, "relation", field<&FamilyRow::relation> },
                       { RelationLabelRole, "relationLabel", field<&FamilyRow::relationLabel> },
                       { RelationIconRole, "relationIcon", field<&FamilyRow::relationIcon> },
                       { OutcomeRole, "outcome", field<&FamilyRow::outcome> },
                       { VerdictRole, "verdict", field<&FamilyRow::verdict> },
                       { VerdictIconRole, "verdictIcon", field<&FamilyRow::verdictIcon> },
                       { DocumentsReadyRole, "documentsReady", field<&FamilyRow::documentsReady> },
                       { DocumentsTotalRole, "documentsTotal", field<&FamilyRow::documentsTotal> },
                       { ProgressTextRole, "progressText", field<&FamilyRow::progressText> },
                       { LinkedRole, "linked", field<&FamilyRow::linked> },
                       { InterviewIdRole, "interviewId", field<&FamilyRow::interviewId> },
                       { AgeWarningRole, "ageWarning", field<&FamilyRow::ageWarning> },
                       { NoteRole, "note", field<&FamilyRow::note> },
                   },
                   TitleRole)
{ }

void FamilyModel::setRows(QList<FamilyRow> rows)
{
    // In the order added: a name typed on the member page must not move the row under the finger.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const FamilyRow &a, const FamilyRow &b) { return a.id < b.id; });
    refreshRows(rows, &FamilyRow::id);
}
