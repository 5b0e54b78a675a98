#include "timeline/stagemodel.h"

#include <tuple>

namespace {

auto fields(const StageRow &r)
{
    return std::tie(r.stageId, r.name, r.explanation, r.opens, r.dateIso, r.dateText, r.otherDateText,
                    r.mayBeFuture);
}

} // namespace

bool StageRow::operator==(const StageRow &other) const
{
    return fields(*this) == fields(other);
}

StageModel::StageModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { StageIdRole, "stageId", field<&StageRow::stageId> },
                       { NameRole, "name", field<&StageRow::name> },
                       { ExplanationRole, "explanation", field<&StageRow::explanation> },
                       { OpensRole, "opens", field<&StageRow::opens> },
                       { DateIsoRole, "dateIso", field<&StageRow::dateIso> },
                       { DateTextRole, "dateText", field<&StageRow::dateText> },
                       { OtherDateTextRole, "otherDateText", field<&StageRow::otherDateText> },
                       { HasDateRole, "hasDate",
                         [](const StageRow &row, int) -> QVariant { return !row.dateIso.isEmpty(); } },
                       { MayBeFutureRole, "mayBeFuture", field<&StageRow::mayBeFuture> },
                   },
                   NameRole)
{ }
