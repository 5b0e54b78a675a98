#pragma once

#include "rowlist.h"

#include <QObject>
#include <QQmlEngine>

namespace samen::kit {
struct Kit;
}

/** One line of the kit on screen: a heading, or a labelled value, in the kit's order. */
struct KitRow
{
    /** True for a section heading (text in value). */
    bool heading = false;
    /** What the line is; empty for a paper or a text. */
    QString label;
    /** The words. */
    QString value;

    friend bool operator==(const KitRow &a, const KitRow &b)
    {
        return a.heading == b.heading && a.label == b.label && a.value == b.value;
    }
};

/** The kit's sections and lines as one list, so that the preview shows exactly the kit's words. */
class KitRowModel : public SAMEN_ROW_LIST_MODEL(KitRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by KitView")

public:
    /** The roles: heading (bool), label, value. */
    enum Role { HeadingRole = Qt::UserRole + 1, LabelRole, ValueRole };
    Q_ENUM(Role)

    explicit KitRowModel(QObject *parent = nullptr);

    /** Shows the sections of @p kit. */
    void show(const samen::kit::Kit &kit);
};
