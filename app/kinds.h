#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace samen::rules {
enum class Outcome;
}

// Small closed sets that QML compares: enums instead of strings, so that a typo is a qmllint
// warning and not a silent false. Each is a QML namespace: Outcome.Nareis, QuestionKind.Date, …

/** The verdict for one family member. */
namespace Outcome {
Q_NAMESPACE
QML_ELEMENT
enum Value {
    /** No verdict (not in the questions, or not evaluated yet). */
    None,
    /** Eligible under the favourable asylum rules. */
    Nareis,
    /** Only the regular route, with its income requirement. */
    Regular,
    /** Eligible from a later date. */
    Wait,
    /** Not eligible. */
    NotEligible,
    /** The law is unclear for this case: see a volunteer or lawyer. */
    Advice,
};
Q_ENUM_NS(Value)
/** The value for @p outcome of the rule evaluation. */
Value of(samen::rules::Outcome outcome);
} // namespace Outcome

/** How a question is answered. */
namespace QuestionKind {
Q_NAMESPACE
QML_ELEMENT
enum Value {
    /** No question on screen. */
    None,
    YesNo,
    Date,
    Choice,
    Number,
};
Q_ENUM_NS(Value)
} // namespace QuestionKind

/** What the date of a deadline means for the user. */
namespace DeadlineKind {
Q_NAMESPACE
QML_ELEMENT
enum Value {
    /** The last day to do something. */
    LastDay,
    /** The first day something is possible (the wait of a b-status before applying). */
    EarliestDay,
};
Q_ENUM_NS(Value)
} // namespace DeadlineKind

/** A flaw of a photo of a paper (the photo check, app/imaging/photocheck.h). */
namespace PhotoFlaw {
Q_NAMESPACE
QML_ELEMENT
enum Value {
    /** Camera shake or out of focus: the text's edges are soft. */
    Blurred,
    /** A reflection clips part of the page to white. */
    Glare,
    /** The paper itself is dark. */
    TooDark,
    /** The page runs off the photo on one to three sides. */
    CutEdges,
};
Q_ENUM_NS(Value)
} // namespace PhotoFlaw

/** Where the photo check is. */
namespace PhotoCheckStatus {
Q_NAMESPACE
QML_ELEMENT
enum Value {
    /** No photo waits. */
    Idle,
    /** The quality check and the page search run. */
    Checking,
    /** The flaws and corners are there; the user decides. */
    Ready,
    /** The page is being made flat after "Use this photo". */
    Straightening,
};
Q_ENUM_NS(Value)
} // namespace PhotoCheckStatus
/** Whether this phone can read the app's language aloud (ReadAloud.voice). */
namespace VoiceStatus {
Q_NAMESPACE
QML_ELEMENT
enum Value {
    /** Not known yet: the engine is made when something is first read aloud. */
    Unchecked,
    /** The engine is starting and listing its voices. */
    Checking,
    /** A voice for the app's language. */
    Own,
    /** A voice for a related language only (Dari read with a Persian voice). */
    Related,
    /** No voice for it (recorded clips still play). */
    Missing,
};
Q_ENUM_NS(Value)
} // namespace VoiceStatus

/** What a row of the steps page's list is (StepListModel). */
namespace StepRowKind {
Q_NAMESPACE
QML_ELEMENT
enum Value {
    /** A family member to choose ("For whom?"). */
    Member,
    /** Where the chosen member is now: the phase card, the letter button and the steps' heading. */
    Phase,
    /** One step of the chosen member, with its date. */
    Stage,
};
Q_ENUM_NS(Value)
} // namespace StepRowKind
