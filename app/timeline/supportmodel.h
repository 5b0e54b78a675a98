#pragma once

#include "rowlist.h"

#include <QQmlEngine>
#include <QString>

/** A short supportive text offered in a phase (the wait, a refusal), with whom it points to. */
struct SupportRow
{
    /** Pack id, e.g. "waitStress". */
    QString supportId;
    /** Its title. */
    QString title;
    /** Its text. */
    QString text;
    /** The organisations it points to, by their Dutch names, comma-separated; may be empty. */
    QString helpNames;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const SupportRow &other) const;
};

/** The support texts of one phase, in pack order; offered (collapsed), never pushed. */
class SupportModel : public SAMEN_ROW_LIST_MODEL(SupportRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by StagesView")

public:
    /** The data of a row. */
    enum Role {
        SupportIdRole = Qt::UserRole,
        TitleRole,
        TextRole,
        HelpNamesRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit SupportModel(QObject *parent);

    /** Replaces the rows. */
    void setRows(const QList<SupportRow> &rows) { updateRows(rows, &SupportRow::supportId); }
};
