#pragma once

#include "rowlist.h"

#include <QQmlEngine>
#include <QString>
#include <QStringList>

/** An organisation that helps, as the help page shows it. */
struct HelpRow
{
    /** Pack id, e.g. "juridischLoket". */
    QString id;
    /** Its Dutch name, e.g. "Het Juridisch Loket" (never translated). */
    QString name;
    /** What it does for the user, in the user's language. */
    QString text;
    /** Phone number as the source writes it, e.g. "0900-8020"; empty when the pack has none. */
    QString phone;
    /** The number to dial, e.g. "tel:09008020"; empty without a phone. */
    QString phoneUri;
    /** Address; empty when the pack has none. */
    QString address;
    /** Opening hours, one line per group of days, e.g. "Monday – Sunday: 09:00 – 18:00". */
    QStringList hours;
    /** The day the contact's source was checked, in the user's calendar; empty without a contact. */
    QString checked;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const HelpRow &other) const;
};

/** The organisations in the pack, in pack order. */
class HelpModel : public SAMEN_ROW_LIST_MODEL(HelpRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by JourneyGuide")

public:
    /** The data of a row. */
    enum Role {
        IdRole = Qt::UserRole,
        NameRole,
        TextRole,
        PhoneRole,
        PhoneUriRole,
        AddressRole,
        HoursRole,
        CheckedRole,
        HasContactRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit HelpModel(QObject *parent);

    /** Replaces the rows: in place when the ids are the same, else a reset. */
    void setRows(const QList<HelpRow> &rows) { updateRows(rows, &HelpRow::id); }
};

/** A Dutch term with its explanation, as the glossary shows it. */
struct GlossaryRow
{
    /** Pack id, e.g. "herstelVerzuim". */
    QString id;
    /** The Dutch term as on paper, e.g. "herstel verzuim". */
    QString term;
    /** The short explanation in the user's language. */
    QString explanation;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const GlossaryRow &other) const;
};

/** The glossary, in the order of the Dutch alphabet (as a reader looks a word up). */
class GlossaryModel : public SAMEN_ROW_LIST_MODEL(GlossaryRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by JourneyGuide")

public:
    /** The data of a row. */
    enum Role {
        IdRole = Qt::UserRole,
        TermRole,
        ExplanationRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit GlossaryModel(QObject *parent);

    /** Replaces the rows: in place when the ids are the same, else a reset. */
    void setRows(const QList<GlossaryRow> &rows) { updateRows(rows, &GlossaryRow::id); }
};

/** Something that costs money, as the costs page shows it. */
struct CostRow
{
    /** Pack id, e.g. "swornTranslation". */
    QString id;
    /** What it is, who pays, or that the amount varies, in the user's language. */
    QString text;
    /** The amount in the user's digits with the currency, e.g. "€ 0"; empty when no source gives one. */
    QString amount;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const CostRow &other) const;
};

/** The costs, in pack order. */
class CostModel : public SAMEN_ROW_LIST_MODEL(CostRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by JourneyGuide")

public:
    /** The data of a row. */
    enum Role {
        IdRole = Qt::UserRole,
        TextRole,
        AmountRole,
        HasAmountRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit CostModel(QObject *parent);

    /** Replaces the rows: in place when the ids are the same, else a reset. */
    void setRows(const QList<CostRow> &rows) { updateRows(rows, &CostRow::id); }
};
