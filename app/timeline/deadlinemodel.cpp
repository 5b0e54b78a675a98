#include "timeline/deadlinemodel.h"

#include <algorithm>
#include <tuple>

namespace {

auto fields(const DeadlineRow &r)
{
    return std::tie(r.deadlineId, r.memberId, r.ruleId, r.title, r.explanation, r.who, r.dateText,
                    r.otherDateText, r.dueIso, r.countdown, r.daysLeft, r.done, r.isLetter, r.snoozed,
                    r.fromReceiptLetter, r.endsWithStep, r.forTheInd, r.kind, r.endsWithApplication,
                    r.sentByAnswer);
}

} // namespace

bool DeadlineRow::operator==(const DeadlineRow &other) const
{
    return fields(*this) == fields(other);
}

DeadlineModel::DeadlineModel(QObject *parent)
    : RowListModel(
          parent,
          {
              { DeadlineIdRole, "deadlineId", field<&DeadlineRow::deadlineId> },
              { RuleIdRole, "ruleId", field<&DeadlineRow::ruleId> },
              { TitleRole, "title", field<&DeadlineRow::title> },
              { ExplanationRole, "explanation", field<&DeadlineRow::explanation> },
              { WhoRole, "who", field<&DeadlineRow::who> },
              { DateTextRole, "dateText", field<&DeadlineRow::dateText> },
              { OtherDateTextRole, "otherDateText", field<&DeadlineRow::otherDateText> },
              { DueIsoRole, "dueIso", field<&DeadlineRow::dueIso> },
              { CountdownRole, "countdown", field<&DeadlineRow::countdown> },
              { DaysLeftRole, "daysLeft", field<&DeadlineRow::daysLeft> },
              { DoneRole, "done", field<&DeadlineRow::done> },
              { IsLetterRole, "isLetter", field<&DeadlineRow::isLetter> },
              { SnoozedRole, "snoozed", field<&DeadlineRow::snoozed> },
              { FromReceiptLetterRole, "fromReceiptLetter", field<&DeadlineRow::fromReceiptLetter> },
              { EndsWithStepRole, "endsWithStep", field<&DeadlineRow::endsWithStep> },
              { ForTheIndRole, "forTheInd", field<&DeadlineRow::forTheInd> },
              { KindRole, "kind", field<&DeadlineRow::kind> },
              { EndsWithApplicationRole, "endsWithApplication", field<&DeadlineRow::endsWithApplication> },
              { SentByAnswerRole, "sentByAnswer", field<&DeadlineRow::sentByAnswer> },
          },
          TitleRole)
{ }

int DeadlineModel::doneCount() const
{
    return int(
        std::count_if(rows().cbegin(), rows().cend(), [](const DeadlineRow &row) { return row.done; }));
}

void DeadlineModel::setRows(const QList<DeadlineRow> &rows)
{
    updateRows(rows, &DeadlineRow::deadlineId);
    Q_EMIT countChanged();
}
