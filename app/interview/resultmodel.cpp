#include "interview/resultmodel.h"

ResultModel::ResultModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { MemberIdRole, "memberId", field<&ResultRow::memberId> },
                       { LabelRole, "label", field<&ResultRow::label> },
                       { RelationIconRole, "relationIcon", field<&ResultRow::relationIcon> },
                       { OutcomeRole, "outcome", field<&ResultRow::outcome> },
                       { VerdictRole, "verdict", field<&ResultRow::verdict> },
                       { VerdictIconRole, "verdictIcon", field<&ResultRow::verdictIcon> },
                       { ReasonRole, "reason", field<&ResultRow::reason> },
                       { NextStepRole, "nextStep", field<&ResultRow::nextStep> },
                       { EarliestRole, "earliest", field<&ResultRow::earliest> },
                       { SourceRole, "source", field<&ResultRow::source> },
                       { RuleIdRole, "ruleId", field<&ResultRow::ruleId> },
                   },
                   LabelRole)
{ }
