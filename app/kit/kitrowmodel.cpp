#include "kit/kitrowmodel.h"

#include "kit/kit.h"

KitRowModel::KitRowModel(QObject *parent)
    : RowListModel(parent,
                   { { HeadingRole, "heading", &field<&KitRow::heading> },
                     { LabelRole, "label", &field<&KitRow::label> },
                     { ValueRole, "value", &field<&KitRow::value> } },
                   ValueRole)
{ }

void KitRowModel::show(const samen::kit::Kit &kit)
{
    QList<KitRow> rows;
    for (const samen::kit::KitSection &section : kit.sections) {
        rows.append({ true, {}, section.heading });
        for (const samen::kit::KitItem &item : section.items)
            rows.append({ false, item.label, item.value });
    }
    resetRows(rows);
}
