#include "timeline/supportmodel.h"

#include <tuple>

bool SupportRow::operator==(const SupportRow &other) const
{
    return std::tie(supportId, title, text, helpNames) ==
        std::tie(other.supportId, other.title, other.text, other.helpNames);
}

SupportModel::SupportModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { SupportIdRole, "supportId", field<&SupportRow::supportId> },
                       { TitleRole, "title", field<&SupportRow::title> },
                       { TextRole, "text", field<&SupportRow::text> },
                       { HelpNamesRole, "helpNames", field<&SupportRow::helpNames> },
                   },
                   TitleRole)
{ }
