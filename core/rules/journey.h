#pragma once

#include "rules/datemath.h"
#include "rules/letterpatterns.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samen::rules {

/** A typical duration a source states (e.g. the IND decides in 3 months, extendable by 3). */
struct DurationSpec
{
    /** The usual duration from the start of the phase. */
    DateOffset offset;
    /** The extension the authority may add; nullopt when none. */
    std::optional<DateOffset> extension;
    /** Id of the Source that states it. */
    QString source;
};

/** One phase of a member's procedure after the application (filed, waiting, decided, …, settled). */
struct PhaseSpec
{
    /** Id, e.g. "waiting". */
    QString id;
    /** Translation key of the phase's name. */
    QString titleKey;
    /** Translation key of what happens in this phase. */
    QString whatKey;
    /** Translation key of what the user can do now. */
    QString nowKey;
    /** Translation key of what the family abroad must do. */
    QString abroadKey;
    /** The typical duration, only where a source states one. */
    std::optional<DurationSpec> duration;
    /** Ids of the pack's deadlines that belong to this phase. */
    QStringList deadlines;
    /** Ids of the pack's stages whose date puts the member into this phase. */
    QStringList stages;
    /** Id of the Source. */
    QString source;
};

/** A letter from the IND or the embassy that the user can pick from a list. */
struct LetterSpec
{
    /** Id, e.g. "missingItems". */
    QString id;
    /** The Dutch headline words as printed on the paper, to match it without reading Dutch. */
    QStringList headline;
    /** Translation key of the letter's name. */
    QString titleKey;
    /** Translation key of what this letter is. */
    QString whatKey;
    /** Translation key of what to do. */
    QString todoKey;
    /** The stage the letter's date is the date of (e.g. "refused"); empty when none. */
    QString stage;
    /** The pack deadline the letter starts (its `from` is the date @ref stage sets); empty when none. */
    QString deadline;
    /** True when the deadline is the date written in the letter (herstel verzuim, DNA test). */
    bool deadlineInLetter = false;
    /**
     * The pack deadline whose last day the letter itself names (the receipt letter: the day the IND
     * decides by); empty when none.
     */
    QString datesDeadline;
    /** The phase the letter moves the member to. */
    QString movesTo;
    /** Translation key of a warning (e.g. an unanswered letter can end the application); may be empty. */
    QString warningKey;
    /** Id of the Source. */
    QString source;
};

/** Opening hours on some days of the week. */
struct OpeningHours
{
    /** Days, "mon" … "sun". */
    QStringList days;
    /** Opening time, "HH:mm". */
    QString from;
    /** Closing time, "HH:mm", after @ref from. */
    QString to;
};

/** How to reach an organisation; every field rests on the contact's own source. */
struct ContactSpec
{
    /** Phone number as dialled in the Netherlands, e.g. "0900-8020"; may be empty. */
    QString phone;
    /** Postal or visiting address; may be empty. */
    QString address;
    /** Opening hours; may be empty. */
    QList<OpeningHours> hours;
    /** Id of the Source that states them (its checked date is the "as of" date). */
    QString source;
};

/** An organisation that helps, and what it does. */
struct HelpSpec
{
    /** Id, e.g. "juridischLoket". */
    QString id;
    /** Its name, as it is known in the Netherlands (not translated). */
    QString name;
    /** Translation key of what it does for the user. */
    QString textKey;
    /** Phone, address, hours: only when a source states them. */
    std::optional<ContactSpec> contact;
    /** Id of the Source. */
    QString source;
};

/** A Dutch term the app shows, with a short explanation. */
struct GlossarySpec
{
    /** Id, e.g. "herstelVerzuim". */
    QString id;
    /** The Dutch term as it appears on paper and in the app, e.g. "herstel verzuim". */
    QString term;
    /** Translation key of the explanation. */
    QString textKey;
    /** Id of the Source. */
    QString source;
};

/** An amount of money a source states. */
struct AmountSpec
{
    /** The amount as a decimal number, e.g. "0" or "12.50". */
    QString value;
    /** ISO 4217 currency code, e.g. "EUR". */
    QString currency;
    /** Id of the Source that states it. */
    QString source;
};

/** Something that costs money on the way (translations, passports, travel, fees). */
struct CostSpec
{
    /** Id, e.g. "swornTranslation". */
    QString id;
    /** Translation key of the explanation (who pays, or that the amount varies). */
    QString textKey;
    /** The amount, only when a source gives it. */
    std::optional<AmountSpec> amount;
    /** Id of the Source. */
    QString source;
};

/** A short supportive text for the wait or a refusal, offered in some phases. */
struct SupportSpec
{
    /** Id, e.g. "waitStress". */
    QString id;
    /** Ids of the phases in which it is offered. */
    QStringList phases;
    /** Translation key of the title. */
    QString titleKey;
    /** Translation key of the text. */
    QString textKey;
    /** Ids of help entries it points to. */
    QStringList help;
    /** Id of the Source. */
    QString source;
};

/**
 * What happens after the application: the pack sections phases, letters, help, glossary, costs, support,
 * and letterReading.
 */
struct Journey
{
    /** Phases in the order they happen. */
    QList<PhaseSpec> phases;
    /** Letter types, in the order the list shows them. */
    QList<LetterSpec> letters;
    /** Organisations. */
    QList<HelpSpec> help;
    /** Glossary terms. */
    QList<GlossarySpec> glossary;
    /** Costs. */
    QList<CostSpec> costs;
    /** Support texts. */
    QList<SupportSpec> support;
    /** How the letter reader recognises the letters and their dates (the `letterReading` section). */
    LetterPatterns reading;

    /** The phase with @p id, or nullptr. */
    [[nodiscard]] const PhaseSpec *phase(const QString &id) const;
    /** The letter with @p id, or nullptr. */
    [[nodiscard]] const LetterSpec *letter(const QString &id) const;
    /** The help entry with @p id, or nullptr. */
    [[nodiscard]] const HelpSpec *helpEntry(const QString &id) const;
    /** The glossary entry with @p id, or nullptr. */
    [[nodiscard]] const GlossarySpec *term(const QString &id) const;
    /** The phase that stage @p stageId puts a member into, or nullptr. */
    [[nodiscard]] const PhaseSpec *phaseEnteredBy(const QString &stageId) const;
    /** The support texts offered in phase @p phaseId, in pack order. */
    [[nodiscard]] QList<const SupportSpec *> supportFor(const QString &phaseId) const;
    /** Every translation key of these sections, unsorted, without duplicates. */
    [[nodiscard]] QStringList textKeys() const;
};

} // namespace samen::rules
