#include "journey/journeymodels.h"

#include <tuple>

namespace {

auto fields(const HelpRow &r)
{
    return std::tie(r.id, r.name, r.text, r.phone, r.phoneUri, r.address, r.hours, r.checked);
}

auto fields(const GlossaryRow &r)
{
    return std::tie(r.id, r.term, r.explanation);
}

auto fields(const CostRow &r)
{
    return std::tie(r.id, r.text, r.amount);
}

} // namespace

bool HelpRow::operator==(const HelpRow &other) const
{
    return fields(*this) == fields(other);
}

bool GlossaryRow::operator==(const GlossaryRow &other) const
{
    return fields(*this) == fields(other);
}

bool CostRow::operator==(const CostRow &other) const
{
    return fields(*this) == fields(other);
}

HelpModel::HelpModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { IdRole, "helpId", field<&HelpRow::id> },
                       { NameRole, "name", field<&HelpRow::name> },
                       { TextRole, "text", field<&HelpRow::text> },
                       { PhoneRole, "phone", field<&HelpRow::phone> },
                       { PhoneUriRole, "phoneUri", field<&HelpRow::phoneUri> },
                       { AddressRole, "address", field<&HelpRow::address> },
                       { HoursRole, "hours", field<&HelpRow::hours> },
                       { CheckedRole, "checked", field<&HelpRow::checked> },
                       { HasContactRole, "hasContact",
                         [](const HelpRow &row, int) -> QVariant { return !row.checked.isEmpty(); } },
                   },
                   NameRole)
{ }

GlossaryModel::GlossaryModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { IdRole, "termId", field<&GlossaryRow::id> },
                       { TermRole, "term", field<&GlossaryRow::term> },
                       { ExplanationRole, "explanation", field<&GlossaryRow::explanation> },
                   },
                   TermRole)
{ }

CostModel::CostModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { IdRole, "costId", field<&CostRow::id> },
                       { TextRole, "text", field<&CostRow::text> },
                       { AmountRole, "amount", field<&CostRow::amount> },
                       { HasAmountRole, "hasAmount",
                         [](const CostRow &row, int) -> QVariant { return !row.amount.isEmpty(); } },
                   },
                   TextRole)
{ }
