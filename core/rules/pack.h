#pragma once

#include "rules/condition.h"
#include "rules/datemath.h"
#include "rules/journey.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samen::rules {

/** What a member's application can expect. */
enum class Outcome { Nareis, Regular, Wait, NotEligible, Advice };

/** The pack spelling of @p outcome: "nareis", "regular", "wait", "not_eligible", "advice". */
[[nodiscard]] QString outcomeName(Outcome outcome);

/** The outcome spelled @p name, or nullopt when the name is not an outcome. */
[[nodiscard]] std::optional<Outcome> outcomeFromName(const QString &name);

/** A public source a rule rests on. */
struct Source
{
    /** Pack-wide id, e.g. "ind-nareis". */
    QString id;
    /** Where it can be read. */
    QString url;
    /** Its title. */
    QString title;
    /** The date the source was last checked against the pack. */
    QDate checked;
};

/** One rule: the reason shown for an outcome. */
struct Rule
{
    /** Pack-wide id, e.g. "spouse.nareis". */
    QString id;
    /** Translation key of the plain-language explanation, e.g. "rule.spouse.nareis". */
    QString explanationKey;
    /** Id of the Source. */
    QString source;
};

/** A fact the decision tables may test, and the rule that explains it being unknown. */
struct FactSpec
{
    /** Fact id as the evaluator computes it, e.g. "age". */
    QString id;
    /** "bool", "number", "string" or "date". */
    QString type;
    /** For "string" facts: the values it can take. */
    QStringList values;
    /** Rule decided (outcome advice) when a table needs this fact and it is unknown; facts without one cannot
     * be used in tables. */
    QString unknownRule;
};

/** A deadline computed from a named date of the case. */
struct DeadlineSpec
{
    /**
     * Id, e.g. "window"; the facts "<id>.passed" and "<id>.reached" compare it with the
     * application date, and the member fact "<id>.age" is the member's age on it.
     */
    QString id;
    /** Date fact it counts from, e.g. "decisionDate". */
    QString from;
    /** Distance from that date. */
    DateOffset offset;
    /** Moves the deadline past weekends and public holidays (Algemene termijnenwet). */
    bool nextWorkingDay = false;
    /** Optional extension the authority may add (IND decision period), counted with the offset from the start
     * date. */
    std::optional<DateOffset> extension;
    /**
     * The referent statuses (values of the sponsorStatus fact, or "unknown") for which the
     * deadline is a date the user must keep; empty: every status. Rule evaluation ignores it.
     */
    QStringList statuses;
    /** True when the deadline is a date to keep for a referent with @p status (empty: unknown). */
    [[nodiscard]] bool appliesToStatus(const QString &status) const;
    /** What the date is to the user: the last day to act (default) or the first day something is possible. */
    enum class Meaning { LastDay, EarliestDay };
    /** What the date is to the user ("meaning" in the pack: "lastDay" or "earliestDay"). */
    Meaning meaning = Meaning::LastDay;
    /** Translation key of what the deadline means. */
    QString explanationKey;
    /** Id of the Source. */
    QString source;
};

/** One stage of the procedure (application filed, granted, mvv issued, …), in the order they happen. */
struct StageSpec
{
    /** Id, e.g. "applicationFiled"; the stage_event rows use it. */
    QString id;
    /** The named date (dateNames()) the stage's date sets, e.g. "applicationDate"; empty when it sets none.
     */
    QString sets;
    /** Deadlines that stop mattering once the stage has a date (e.g. "granted" closes "decision"). */
    QStringList closes;
    /** Stages whose date this stage's date cannot be before (e.g. "arrived" not before "mvvIssued"). */
    QStringList notBefore;
    /** True for an appointment: its date may lie in the future (the user enters it when it is made). */
    bool appointment = false;
    /** Translation key of what the stage is. */
    QString explanationKey;
    /** Id of the Source. */
    QString source;
};

/** One row of a first-match decision table. */
struct DecisionRow
{
    /** All must hold for the row to apply. */
    Conditions when;
    /** The outcome when it applies. */
    Outcome outcome = Outcome::Advice;
    /** The rule that decides it. */
    QString rule;
    /** For Wait: the deadline whose date is the earliest date to apply. */
    QString earliest;
};

/** One way a regime can be chosen: all conditions hold (over case facts: dates, the IND's decision). */
struct RegimeSelector
{
    /** Conditions over the case's facts, e.g. `["applicationDate", "<", "2026-06-12"]`. */
    Conditions when;
    /** Translation key of why this regime applies, in plain words. */
    QString reasonKey;
};

/** The rules that apply to a set of applications, chosen by conditions declared in the pack. */
struct Regime
{
    /** Id, e.g. "nl-2026". */
    QString id;
    /** The regime applies when one of these holds; regimes are tried in pack order. */
    QList<RegimeSelector> selectWhen;
    /** Id of the Source. */
    QString source;
    /** Per relation, the ordered decision table. */
    QHash<QString, QList<DecisionRow>> relations;
};

/** A document a member may need. */
struct DocumentSpec
{
    /** Id, e.g. "birthCertificate". */
    QString id;
    /** Translation key of what it is. */
    QString explanationKey;
    /** Id of the Source. */
    QString source;
    /** Relations that need it. */
    QStringList relations;
    /** Conditions on member facts; the document is required unless one is known to be false. */
    Conditions when;
    /** The verdicts for which it is listed (e.g. only "regular"); empty: every one of documentOutcomes. */
    QList<Outcome> outcomes;
    /** Translation key of what to send when the document cannot be obtained; may be empty. */
    QString alternativeKey;
    /** Per country code of origin (e.g. "SY"), the translation key of a country-specific hint. */
    QHash<QString, QString> countryHints;
};

/** One interview question: one screen. */
struct Question
{
    /** Who the question is about. */
    enum class Subject { Case, Sponsor, Member };
    /** How it is answered. */
    enum class Kind { YesNo, Date, Choice, Number };
    /** Id, e.g. "sponsor.decisionDate". */
    QString id;
    /** Whom it is about. */
    Subject subject = Subject::Sponsor;
    /** How it is answered. */
    Kind kind = Kind::YesNo;
    /** The field of the case it sets (within "sponsor" or the member for those subjects). */
    QString sets;
    /** For Choice: the values; empty when the options are the case's partners ("optionsFrom"). */
    QStringList options;
    /** For Choice: "partners" when the options are the case's spouses and partners. */
    QString optionsFrom;
    /** Translation key of the question. */
    QString textKey;
    /** Translation key of "why do we ask this?". */
    QString whyKey;
    /** Whether "I don't know" is offered (true for all questions of the NL pack). */
    bool allowsUnknown = true;
    /** Asked unless one of these is known to be false (facts of the answers so far). */
    Conditions askIf;
    /** When not empty: also asked only if at least one alternative is not known to be false. */
    QList<Conditions> askIfAny;
};

/** A validated rule pack: rules as data. Build it with loadPack(). */
struct RulePack
{
    /** Format version, 1. */
    int format = 1;
    /** Country code, "NL". */
    QString country;
    /** The date the rules were last checked ("rules as of"). */
    QDate rulesAsOf;
    /** Sources, in pack order. */
    QList<Source> sources;
    /** Rules, in pack order. */
    QList<Rule> rules;
    /** Facts the tables may use. */
    QList<FactSpec> facts;
    /** Public holidays. */
    HolidayRules holidays;
    /** Deadlines, in pack order. */
    QList<DeadlineSpec> deadlines;
    /** Id of the nareis window deadline. */
    QString windowDeadline;
    /** The stages of the procedure, in the order they happen. */
    QList<StageSpec> stages;
    /** Regimes, in the order their selectors are tried. */
    QList<Regime> regimes;
    /** The regime used when no selector holds because a fact is unknown (the cautious one). */
    QString regimeIfUnknown;
    /** Translation key of why regimeIfUnknown was used. */
    QString regimeIfUnknownReasonKey;
    /** Documents, in pack order. */
    QList<DocumentSpec> documents;
    /** Outcomes for which documents are listed. */
    QList<Outcome> documentOutcomes;
    /** Interview questions, in the order they are asked. */
    QList<Question> questions;
    /** After the application: phases, letters, help, glossary, costs and support (empty in older packs). */
    Journey journey;

    /** The rule with @p id, or nullptr. */
    [[nodiscard]] const Rule *rule(const QString &id) const;
    /** The source with @p id, or nullptr. */
    [[nodiscard]] const Source *source(const QString &id) const;
    /** The fact with @p id (deadline facts "<id>.passed"/".reached"/".age" included), or nullptr. */
    [[nodiscard]] const FactSpec *fact(const QString &id) const;
    /** The deadline with @p id, or nullptr. */
    [[nodiscard]] const DeadlineSpec *deadline(const QString &id) const;
    /** The stage with @p id, or nullptr. */
    [[nodiscard]] const StageSpec *stage(const QString &id) const;
    /** The deadlines counting from the date stage @p stageId sets, in pack order (what the stage opens). */
    [[nodiscard]] QList<const DeadlineSpec *> deadlinesOpenedBy(const QString &stageId) const;
    /** The document with @p id, or nullptr. */
    [[nodiscard]] const DocumentSpec *document(const QString &id) const;
    /** The question with @p id, or nullptr. */
    [[nodiscard]] const Question *question(const QString &id) const;
    /** The regime with @p id, or nullptr. */
    [[nodiscard]] const Regime *regime(const QString &id) const;

    /** Every translation key the pack uses (rules, deadlines, stages, documents, hints, questions, and the
     * journey sections), sorted. */
    [[nodiscard]] QStringList explanationKeys() const;

    /** The rule explaining that fact @p factId is unknown (deadline facts: their start date's); empty if
     * none. */
    [[nodiscard]] QString unknownRuleOf(const QString &factId) const;

private:
    friend class PackParser;
    QList<FactSpec> m_deadlineFacts;
};

/** The relations a member can have to the referent, as spelled in cases and packs. */
[[nodiscard]] const QStringList &knownRelations();

/** The outcome of loading a pack: a pack, or the first error naming its path. */
struct PackLoadResult
{
    /** The pack when valid. */
    std::optional<RulePack> pack;
    /** E.g. `regimes[1].relations.spouse[2].rule: unknown rule "x"`; empty when valid. */
    QString error;
};

/** Parses and validates a pack; an invalid pack is refused whole. */
[[nodiscard]] PackLoadResult loadPack(const QByteArray &json);

/** Reads and loads the pack at @p path (a file or a ":/rules/nl.json" resource). */
[[nodiscard]] PackLoadResult loadPackFile(const QString &path);

/**
 * The pack built into the app (":/rules/nl.json"), loaded once on first use and shared by every
 * service; thread-safe. Its pack is empty (and error set) when the embedded pack is invalid.
 */
[[nodiscard]] const PackLoadResult &bundledPack();

/**
 * A pack an earlier release shipped, by its "rules as of" date (":/rules/history/nl-<date>.json"),
 * to tell what a vault of that release showed. Not cached: it is needed once, after an upgrade.
 */
[[nodiscard]] PackLoadResult historicPack(QDate rulesAsOf);

} // namespace samen::rules
