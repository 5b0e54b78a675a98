#include "letters/lettertext.h"

#include <algorithm>

namespace samen::letters {

namespace {

const QString kGap = u"[^\\p{L}\\p{N}]+"_qs;
const QString kBefore = u"(?<![\\p{L}\\p{N}])"_qs;
const QString kAfter = u"(?![\\p{L}\\p{N}])"_qs;
constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;
constexpr int kMaxPeriod = 366;
// A V-number read with more than two letters for digits (O for 0, l for 1) is not trusted.
constexpr qsizetype kMinPrintedDigits = 8;

/** The compiled @p pattern; compiled once per thread (readers run on several threads). */
const QRegularExpression &compiled(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return *it;
}

QStringList wordsOf(const QString &folded)
{
    static const QRegularExpression gap(kGap);
    return folded.split(gap, Qt::SkipEmptyParts);
}

/** An alternation of @p phrases (folded, escaped, longest first), gaps between their words. */
QString alternation(QStringList phrases)
{
    std::sort(phrases.begin(), phrases.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList parts;
    for (const QString &phrase : phrases) {
        QStringList words = wordsOf(LetterText::fold(phrase));
        for (QString &word : words)
            word = QRegularExpression::escape(word);
        if (!words.isEmpty())
            parts << words.join(kGap);
    }
    return u"(?:"_qs + parts.join(u'|') + u')';
}

bool onlyGaps(QStringView text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

constexpr qsizetype kTokenReach = 80;

bool looksLikeReference(const QString &token)
{
    const qsizetype digits = std::count_if(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit(); });
    const bool separated = token.contains(u'-') || token.contains(u'/') || token.contains(u'.');
    return digits >= 6 || (digits >= 4 && separated);
}

QChar digitOf(QChar c)
{
    if (c == u'o')
        return u'0';
    if (c == u'i' || c == u'l' || c == u'|')
        return u'1';
    return c;
}

} // namespace

LetterText::LetterText(const QString &text, const rules::LetterPatterns &patterns)
    : m_original(text)
    , m_folded(fold(text))
    , m_patterns(patterns)
{
    findDates();
}

QString LetterText::fold(const QString &text)
{
    QString folded(text.size(), QChar());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        QChar base = c;
        if (c.decompositionTag() == QChar::Canonical)
            base = c.decomposition().at(0);
        folded[i] = base.toLower();
    }
    return folded;
}

const QRegularExpression &LetterText::phraseRegex(const QString &phrase) const
{
    thread_local QHash<QString, QString> patterns;
    auto it = patterns.find(phrase);
    if (it == patterns.end())
        it = patterns.insert(phrase, kBefore + alternation({ phrase }) + kAfter);
    return compiled(*it);
}

bool LetterText::contains(const QString &phrase) const
{
    return phraseRegex(phrase).match(m_folded).hasMatch();
}

qsizetype LetterText::countPresent(const QStringList &phrases) const
{
    return std::count_if(phrases.cbegin(), phrases.cend(), [this](const QString &p) { return contains(p); });
}

int LetterText::monthOf(const QString &word) const
{
    const QString folded = fold(word);
    for (int i = 0; i < m_patterns.months.size(); ++i) {
        if (fold(m_patterns.months[i]) == folded)
            return i + 1;
        for (const QString &abbreviation : m_patterns.monthAbbreviations.value(i)) {
            if (fold(abbreviation) == folded)
                return i + 1;
        }
    }
    return 0;
}

void LetterText::findDates()
{
    QStringList monthWords = m_patterns.months;
    for (const QStringList &forms : m_patterns.monthAbbreviations)
        monthWords << forms;
    const QRegularExpression &named = compiled(kBefore + u"(\\d{1,2})\\s*(?:e\\s+)?("_qs +
                                               alternation(monthWords) + u")\\.?[\\s,]*(\\d{4})(?!\\d)"_qs);
    const QRegularExpression &numeric =
        compiled(u"(?<![\\p{N}])(\\d{1,2})\\s?[-/.]\\s?(\\d{1,2})\\s?[-/.]\\s?(\\d{4})(?!\\d)"_qs);
    addDateHits(named, true);
    addDateHits(numeric, false);
    std::sort(m_dates.begin(), m_dates.end(),
              [](const DateHit &a, const DateHit &b) { return a.begin < b.begin; });
}

void LetterText::addDateHits(const QRegularExpression &pattern, bool named)
{
    auto it = pattern.globalMatch(m_folded);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int day = match.captured(1).toInt();
        const int month = named ? monthOf(match.captured(2)) : match.captured(2).toInt();
        const int year = match.captured(3).toInt();
        const QDate date(year, month, day);
        if (!date.isValid() || year < kFirstYear || year > kLastYear) {
            m_invalidDate = true;
            continue;
        }
        m_dates.append({ match.capturedStart(), match.capturedEnd(), date });
    }
}

const LetterText::DateHit *LetterText::dateNear(qsizetype from, qsizetype reach) const
{
    for (const DateHit &hit : m_dates) {
        if (hit.begin >= from)
            return hit.begin - from <= reach ? &hit : nullptr;
    }
    return nullptr;
}

QList<LabelledDate> LetterText::datesAfter(const QStringList &labels, qsizetype reach) const
{
    QList<std::pair<qsizetype, LabelledDate>> found;
    for (const QString &label : labels) {
        auto it = phraseRegex(label).globalMatch(m_folded);
        while (it.hasNext()) {
            const qsizetype end = it.next().capturedEnd();
            const DateHit *hit = dateNear(end, reach);
            if (!hit)
                continue;
            const bool far = !onlyGaps(QStringView(m_folded).mid(end, hit->begin - end));
            if (far && reach <= kLeadReach)
                continue;
            found.append(
                { hit->begin, { hit->date, m_original.mid(hit->begin, hit->end - hit->begin), far } });
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<LabelledDate> dates;
    qsizetype last = -1;
    for (const auto &[position, date] : found) {
        if (position != last)
            dates << date;
        last = position;
    }
    return dates;
}

QList<FoundPeriod> LetterText::periods() const
{
    QStringList numberWords;
    for (const auto &[word, value] : m_patterns.numberWords)
        numberWords << word;
    QStringList units;
    for (const auto &[word, unit] : m_patterns.periods.units)
        units << word;
    const QRegularExpression &pattern =
        compiled(kBefore + alternation(m_patterns.periods.leads) + kGap + u"(\\d{1,3}|"_qs +
                 alternation(numberWords) + u')' + kGap + u'(' + alternation(units) + u')' + kAfter);
    QList<FoundPeriod> result;
    auto it = pattern.globalMatch(m_folded);
    while (it.hasNext()) {
        if (const auto period = periodAt(it.next()))
            result << *period;
    }
    return result;
}

std::optional<FoundPeriod> LetterText::periodAt(const QRegularExpressionMatch &match) const
{
    int count = match.captured(1).toInt();
    for (const auto &[word, value] : m_patterns.numberWords) {
        if (fold(word) == match.captured(1))
            count = value;
    }
    if (count < 1 || count > kMaxPeriod)
        return std::nullopt;
    FoundPeriod period;
    for (const auto &[word, unit] : m_patterns.periods.units) {
        if (fold(word) != match.captured(2))
            continue;
        (unit == u"days"        ? period.offset.days
             : unit == u"weeks" ? period.offset.weeks
                                : period.offset.months) = count;
    }
    qsizetype end = match.capturedEnd();
    const QRegularExpression &from =
        compiled(u"[^\\p{L}\\p{N}]{0,3}"_qs + alternation(m_patterns.periods.fromLetterDate) + kAfter);
    const QRegularExpression &otherStart = compiled(u"[^\\p{L}\\p{N}]{1,3}na"_qs + kAfter);
    const auto fromMatch = from.match(m_folded, end, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
    if (fromMatch.hasMatch()) {
        period.start = FoundPeriod::Start::LetterDate;
        end = fromMatch.capturedEnd();
    } else if (otherStart
                   .match(m_folded, end, QRegularExpression::NormalMatch,
                          QRegularExpression::AnchorAtOffsetMatchOption)
                   .hasMatch()) {
        period.start = FoundPeriod::Start::Other;
    }
    period.words = m_original.mid(match.capturedStart(), end - match.capturedStart()).simplified();
    return period;
}

std::optional<QString> LetterText::vNumber(const QStringList &labels) const
{
    static const QRegularExpression number(
        u"[^\\p{L}\\p{N}]{0,4}((?:[0-9oil|][ .\\-]?){9}[0-9oil|])(?![\\p{N}])"_qs);
    std::optional<QString> result;
    for (const QString &label : labels) {
        auto it = phraseRegex(label).globalMatch(m_folded);
        while (it.hasNext()) {
            const auto match =
                number.match(m_folded, it.next().capturedEnd(), QRegularExpression::NormalMatch,
                             QRegularExpression::AnchorAtOffsetMatchOption);
            QString digits;
            qsizetype printed = 0;
            for (const QChar c : match.captured(1)) {
                if (c.isDigit())
                    ++printed;
                if (c != u' ' && c != u'.' && c != u'-')
                    digits += digitOf(c);
            }
            if (digits.size() == 10 && printed >= kMinPrintedDigits)
                return digits;
            result = QString();
        }
    }
    return result;
}

QString LetterText::tokenAfter(const QStringList &labels) const
{
    // The first token after the label that looks like a reference: 6 digits, or 4 with - / or . in it
    // (so that a postcode or house number a column layout puts in between is passed over).
    static const QRegularExpression token(u"[\\p{L}\\p{N}][\\p{L}\\p{N}/.\\-]{2,40}"_qs);
    for (const QString &label : labels) {
        auto it = phraseRegex(label).globalMatch(m_folded);
        while (it.hasNext()) {
            const qsizetype end = it.next().capturedEnd();
            auto tokens = token.globalMatch(m_folded.left(end + kTokenReach), end);
            while (tokens.hasNext()) {
                const auto match = tokens.next();
                QString value = m_original.mid(match.capturedStart(), match.capturedLength());
                while (value.endsWith(u'.') || value.endsWith(u'-'))
                    value.chop(1);
                if (looksLikeReference(value))
                    return value;
            }
        }
    }
    return {};
}

} // namespace samen::letters
