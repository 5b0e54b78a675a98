#include "letters/letterreading.h"

#include "letters/lettertext.h"
#include "rules/datemath.h"

#include <algorithm>

namespace samen::letters {

using rules::LetterDateRole;
using rules::LetterPatterns;
using rules::LetterTypePattern;

namespace {

const QStringList &kindNames()
{
    static const QStringList names = { u"receipt"_qs,           u"missingItems"_qs, u"dnaOrInterview"_qs,
                                       u"intentionToRefuse"_qs, u"approval"_qs,     u"refusal"_qs,
                                       u"objectionDecision"_qs, u"mvvNotice"_qs,    u"unknown"_qs };
    return names;
}

constexpr int kStrongWeight = 3;
constexpr int kAnswerFarDays = 183;
constexpr int kDecisionFarDays = 2 * 366;
constexpr int kLetterOldDays = 2 * 366;
constexpr double kLowOcr = 0.6;

struct TypeScore
{
    const LetterTypePattern *type = nullptr;
    int score = 0;
    int matches = 0;
};

TypeScore scoreType(const LetterText &text, const LetterTypePattern &type)
{
    TypeScore result { &type, 0, 0 };
    for (const QString &phrase : type.excludes) {
        if (text.contains(phrase))
            return result;
    }
    for (const QString &phrase : type.strong) {
        if (text.contains(phrase)) {
            result.score += kStrongWeight;
            ++result.matches;
        }
    }
    if (result.score == 0)
        return result;
    for (const QString &phrase : type.support) {
        if (text.contains(phrase)) {
            ++result.score;
            ++result.matches;
        }
    }
    return result;
}

/** Reads one letter; one instance per call. */
class Reader
{
public:
    Reader(const QString &text, const LetterPatterns &patterns, double ocrConfidence, QDate today)
        : m_text(text, patterns)
        , m_patterns(patterns)
        , m_ocrConfidence(std::clamp(ocrConfidence, 0.0, 1.0))
        , m_today(today)
    { }

    LetterReading read();

private:
    void readKind();
    void readVariant(const LetterTypePattern &type);
    void readLetterDate();
    void readRoleDates();
    std::optional<FoundDate> explicitDate(const LetterTypePattern &type);
    std::optional<FoundDate> periodDate();
    void setAnswerBy(const std::optional<FoundDate> &explicit_, const std::optional<FoundDate> &period);
    void readNumbers();
    void checkPlausible();
    void rate();
    void doubt(const QString &code);

    LetterText m_text;
    const LetterPatterns &m_patterns;
    double m_ocrConfidence;
    QDate m_today;
    LetterReading m_reading;
    const LetterTypePattern *m_type = nullptr;
    TypeScore m_best;
};

LetterReading Reader::read()
{
    m_reading.looksLikeIndLetter =
        m_text.countPresent(m_patterns.senderWords) >= m_patterns.senderWordsNeeded;
    readKind();
    readLetterDate();
    readRoleDates();
    readNumbers();
    checkPlausible();
    rate();
    return m_reading;
}

void Reader::doubt(const QString &code)
{
    if (!m_reading.doubts.contains(code))
        m_reading.doubts << code;
}

void Reader::readKind()
{
    QList<TypeScore> scores;
    for (const LetterTypePattern &type : m_patterns.types)
        scores << scoreType(m_text, type);
    std::stable_sort(scores.begin(), scores.end(),
                     [](const TypeScore &a, const TypeScore &b) { return a.score > b.score; });
    if (scores.isEmpty() || scores.first().score == 0) {
        doubt(u"noKind"_qs);
        return;
    }
    if (scores.size() > 1 && scores[1].score == scores[0].score) {
        doubt(u"twoKinds"_qs);
        return;
    }
    if (scores.size() > 1 && scores[1].score >= kStrongWeight)
        doubt(u"twoKinds"_qs);
    m_best = scores.first();
    m_type = m_best.type;
    m_reading.kind = kindFromName(m_type->kind);
    if (m_type->variants.isEmpty())
        m_reading.packLetterId = m_type->letter;
    else
        readVariant(*m_type);
}

void Reader::readVariant(const LetterTypePattern &type)
{
    QString found;
    for (const rules::LetterVariant &variant : type.variants) {
        if (m_text.countPresent(variant.words) == 0)
            continue;
        if (!found.isEmpty()) {
            doubt(u"objectionOutcomeUnclear"_qs);
            return;
        }
        found = variant.letter;
    }
    if (found.isEmpty())
        doubt(u"objectionOutcomeUnclear"_qs);
    m_reading.packLetterId = found;
}

void Reader::readLetterDate()
{
    QList<LabelledDate> dates = m_text.datesAfter(m_patterns.letterDateLabels, LetterText::kLabelReach);
    // A date right after its label wins over one further on ("na dagtekening, dus uiterlijk …").
    const bool anyNear =
        std::any_of(dates.cbegin(), dates.cend(), [](const auto &date) { return !date.far; });
    if (anyNear)
        dates.removeIf([](const LabelledDate &date) { return date.far; });
    if (dates.isEmpty()) {
        doubt(m_text.hasInvalidDate() ? u"invalidDate"_qs : u"noLetterDate"_qs);
        return;
    }
    m_reading.letterDate = FoundDate { dates.first().date, dates.first().words };
    if (!anyNear)
        doubt(u"letterDateFar"_qs);
    for (const LabelledDate &other : dates) {
        if (other.date != dates.first().date)
            doubt(u"twoLetterDates"_qs);
    }
}

std::optional<FoundDate> Reader::explicitDate(const LetterTypePattern &type)
{
    const QList<LabelledDate> dates = m_text.datesAfter(type.dateLeads, LetterText::kLeadReach);
    if (dates.isEmpty())
        return std::nullopt;
    const auto earliest = std::min_element(dates.cbegin(), dates.cend(),
                                           [](const auto &a, const auto &b) { return a.date < b.date; });
    for (const LabelledDate &other : dates) {
        if (other.date != earliest->date)
            doubt(u"severalAnswerDates"_qs);
    }
    return FoundDate { earliest->date, earliest->words };
}

std::optional<FoundDate> Reader::periodDate()
{
    const QList<FoundPeriod> periods = m_text.periods();
    std::optional<FoundDate> result;
    for (const FoundPeriod &period : periods) {
        if (period.start == FoundPeriod::Start::Other) {
            doubt(u"periodFromOtherDate"_qs);
            continue;
        }
        if (!m_reading.letterDate)
            continue;
        if (period.start == FoundPeriod::Start::NotStated)
            doubt(u"periodStartNotStated"_qs);
        const FoundDate date { rules::datemath::add(m_reading.letterDate->date, period.offset),
                               period.words };
        if (result && result->date != date.date)
            doubt(u"severalAnswerDates"_qs);
        if (!result || date.date < result->date)
            result = date;
    }
    return result;
}

void Reader::readRoleDates()
{
    if (!m_type || m_type->dateRole == LetterDateRole::None)
        return;
    const std::optional<FoundDate> explicit_ = explicitDate(*m_type);
    if (m_type->dateRole == LetterDateRole::DecisionBy) {
        m_reading.decisionBy = explicit_;
        if (!explicit_)
            doubt(u"noDecisionDate"_qs);
        return;
    }
    setAnswerBy(explicit_, periodDate());
}

void Reader::setAnswerBy(const std::optional<FoundDate> &explicit_, const std::optional<FoundDate> &period)
{
    if (explicit_ && period && explicit_->date != period->date)
        doubt(u"answerDatesDisagree"_qs);
    if (explicit_ && (!period || explicit_->date <= period->date))
        m_reading.answerBy = explicit_;
    else
        m_reading.answerBy = period;
    const bool mayAskNothing =
        m_reading.kind == LetterKind::ObjectionDecision && m_reading.packLetterId != u"objectionRefused";
    if (!m_reading.answerBy && !mayAskNothing)
        doubt(u"noAnswerDate"_qs);
}

void Reader::readNumbers()
{
    const auto vNumber = m_text.vNumber(m_patterns.vNumberLabels);
    if (vNumber && vNumber->isEmpty())
        doubt(u"vNumberUnclear"_qs);
    else if (vNumber)
        m_reading.vNumber = *vNumber;
    m_reading.caseNumber = m_text.tokenAfter(m_patterns.caseNumberLabels);
}

void Reader::checkPlausible()
{
    if (m_reading.letterDate) {
        const QDate letter = m_reading.letterDate->date;
        if (letter > m_today)
            doubt(u"dateInFuture"_qs);
        else if (rules::datemath::daysBetween(letter, m_today) > kLetterOldDays)
            doubt(u"letterDateOld"_qs);
        if (m_reading.answerBy && m_reading.answerBy->date < letter)
            doubt(u"answerBeforeLetterDate"_qs);
        if (m_reading.answerBy &&
            rules::datemath::daysBetween(letter, m_reading.answerBy->date) > kAnswerFarDays)
            doubt(u"answerFarAway"_qs);
        if (m_reading.decisionBy && m_reading.decisionBy->date < letter)
            doubt(u"decisionBeforeLetterDate"_qs);
        if (m_reading.decisionBy &&
            rules::datemath::daysBetween(letter, m_reading.decisionBy->date) > kDecisionFarDays)
            doubt(u"answerFarAway"_qs);
    }
    if (!m_reading.looksLikeIndLetter)
        doubt(u"notLikeIndLetter"_qs);
    if (m_ocrConfidence < kLowOcr)
        doubt(u"lowOcrConfidence"_qs);
}

void Reader::rate()
{
    double evidence = 0;
    if (m_type)
        evidence += m_best.matches >= 2 ? 0.6 : 0.5;
    if (m_reading.letterDate)
        evidence += 0.25;
    if (m_reading.looksLikeIndLetter)
        evidence += 0.15;
    double confidence = std::min(evidence, 1.0) * m_ocrConfidence;
    for (qsizetype i = 0; i < m_reading.doubts.size(); ++i)
        confidence *= 0.8;
    m_reading.confidence = confidence;
}

} // namespace

QString kindName(LetterKind kind)
{
    return kindNames().value(int(kind), u"unknown"_qs);
}

LetterKind kindFromName(const QString &name)
{
    const qsizetype index = kindNames().indexOf(name);
    return index < 0 ? LetterKind::Unknown : LetterKind(index);
}

bool isSure(const LetterReading &reading)
{
    return reading.doubts.isEmpty() && reading.confidence >= kSureConfidence;
}

void addDoubt(LetterReading &reading, const QString &code)
{
    if (reading.doubts.contains(code))
        return;
    reading.doubts << code;
    reading.confidence *= 0.8;
}

LetterReading readLetterText(const QString &text, const LetterPatterns &patterns, double ocrConfidence,
                             QDate today)
{
    if (patterns.isEmpty())
        return {};
    return Reader(text, patterns, ocrConfidence, today).read();
}

} // namespace samen::letters
