#include "timeline/steplistmodel.h"

#include <tuple>

namespace {

auto fields(const StepListRow &r)
{
    return std::tie(r.kind, r.memberId, r.memberName, r.stage, r.last, r.key);
}

template<auto Member> QVariant stageField(const StepListRow &row, int)
{
    return QVariant::fromValue(row.stage.*Member);
}

} // namespace

bool StepListRow::operator==(const StepListRow &other) const
{
    return fields(*this) == fields(other);
}

StepListModel::StepListModel(QObject *parent)
    : RowListModel(
          parent,
          {
              { KindRole, "kind", [](const StepListRow &row, int) -> QVariant { return int(row.kind); } },
              { MemberIdRole, "memberId",
                [](const StepListRow &row, int) -> QVariant { return double(row.memberId); } },
              { MemberNameRole, "memberName", field<&StepListRow::memberName> },
              { StageIdRole, "stageId", stageField<&StageRow::stageId> },
              { NameRole, "name", stageField<&StageRow::name> },
              { ExplanationRole, "explanation", stageField<&StageRow::explanation> },
              { OpensRole, "opens", stageField<&StageRow::opens> },
              { DateIsoRole, "dateIso", stageField<&StageRow::dateIso> },
              { DateTextRole, "dateText", stageField<&StageRow::dateText> },
              { OtherDateTextRole, "otherDateText", stageField<&StageRow::otherDateText> },
              { HasDateRole, "hasDate",
                [](const StepListRow &row, int) -> QVariant { return !row.stage.dateIso.isEmpty(); } },
              { MayBeFutureRole, "mayBeFuture", stageField<&StageRow::mayBeFuture> },
              { LastRole, "last", field<&StepListRow::last> },
          },
          NameRole)
{ }

void StepListModel::setRows(const QList<std::pair<qint64, QString>> &members, bool withPhase,
                            const QList<StageRow> &stages)
{
    QList<StepListRow> rows;
    for (const auto &[id, name] : members)
        rows.append({ StepRowKind::Member, id, name, {}, false, u'm' + QString::number(id) });
    if (withPhase) {
        rows.append({ StepRowKind::Phase, 0, {}, {}, false, QStringLiteral("phase") });
        for (qsizetype i = 0; i < stages.size(); ++i) {
            const StageRow &stage = stages.at(i);
            rows.append({ StepRowKind::Stage, 0, {}, stage, i == stages.size() - 1, u's' + stage.stageId });
        }
    }
    updateRows(rows, &StepListRow::key);
}
