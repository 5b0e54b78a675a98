#include "journey/journeyguide.h"

#include "languagecontroller.h"
#include "locale/dateformatter.h"
#include "locale/numberformatter.h"
#include "rules/pack.h"
#include "texts/journeytexts.h"

#include <QClipboard>
#include <QCollator>
#include <QGuiApplication>
#include <QJSEngine>
#include <QLocale>

#include <algorithm>

using namespace samen;

namespace {

const rules::RulePack &bundledOrEmpty()
{
    static const rules::RulePack empty;
    const auto &bundled = rules::bundledPack();
    return bundled.pack ? *bundled.pack : empty;
}

TermLinker linkerFor(const rules::Journey &journey)
{
    QList<TermLinker::Term> terms;
    for (const rules::GlossarySpec &spec : journey.glossary)
        terms.append({ spec.id, spec.term });
    return TermLinker(terms);
}

const QStringList dayIds = { u"mon"_qs, u"tue"_qs, u"wed"_qs, u"thu"_qs, u"fri"_qs, u"sat"_qs, u"sun"_qs };

/** Qt::Monday … Qt::Sunday of each day id in @p days, in week order. */
QList<int> weekdaysOf(const QStringList &days)
{
    QList<int> weekdays;
    for (const QString &day : days) {
        const auto index = dayIds.indexOf(day);
        if (index >= 0)
            weekdays.append(int(index) + 1);
    }
    std::sort(weekdays.begin(), weekdays.end());
    weekdays.erase(std::unique(weekdays.begin(), weekdays.end()), weekdays.end());
    return weekdays;
}

/** The runs of consecutive days in @p weekdays, as first and last day. */
QList<std::pair<int, int>> runsOf(const QList<int> &weekdays)
{
    QList<std::pair<int, int>> runs;
    for (const int day : weekdays) {
        if (!runs.isEmpty() && runs.last().second + 1 == day)
            runs.last().second = day;
        else
            runs.append({ day, day });
    }
    return runs;
}

/** The phone number to dial: digits and a leading +, as a tel: link. */
QString phoneUriOf(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits += c;
    }
    return digits.isEmpty() ? QString() : u"tel:"_qs + digits;
}

} // namespace

JourneyGuide::JourneyGuide(LanguageController &languages, QObject *parent)
    : QObject(parent)
    , m_pack(nullptr) // read when first needed: not before the first frame
    , m_languages(languages)
    , m_help(this)
    , m_glossary(this)
    , m_costs(this)
{
    connect(&languages, &LanguageController::languageChanged, this, &JourneyGuide::rewrite);
    connect(&languages, &LanguageController::datesChanged, this, &JourneyGuide::rewrite);
}

JourneyGuide::JourneyGuide(const rules::RulePack &pack, LanguageController &languages, QObject *parent)
    : QObject(parent)
    , m_pack(&pack)
    , m_languages(languages)
    , m_help(this)
    , m_glossary(this)
    , m_costs(this)
{
    connect(&languages, &LanguageController::languageChanged, this, &JourneyGuide::rewrite);
    connect(&languages, &LanguageController::datesChanged, this, &JourneyGuide::rewrite);
}

void JourneyGuide::rewrite()
{
    if (!m_written)
        return; // nobody has asked yet: written when first asked for, in the language of then
    write();
    Q_EMIT textsChanged();
}

const rules::RulePack &JourneyGuide::pack() const
{
    if (!m_pack)
        m_pack = &bundledOrEmpty();
    return *m_pack;
}

const TermLinker &JourneyGuide::linker() const
{
    if (!m_linker)
        m_linker.emplace(linkerFor(pack().journey));
    return *m_linker;
}

void JourneyGuide::write() const
{
    m_written = true;
    m_help.setRows(helpRows());
    m_glossary.setRows(glossaryRows());
    m_costs.setRows(costRows());
    m_rulesAsOf = m_languages.dates().format(pack().rulesAsOf).oneLine();
}

void JourneyGuide::ensureWritten() const
{
    if (!m_written)
        write();
}

HelpModel *JourneyGuide::help()
{
    ensureWritten();
    return &m_help;
}

GlossaryModel *JourneyGuide::glossary()
{
    ensureWritten();
    return &m_glossary;
}

CostModel *JourneyGuide::costs()
{
    ensureWritten();
    return &m_costs;
}

QString JourneyGuide::rulesAsOf() const
{
    ensureWritten();
    return m_rulesAsOf;
}

QString JourneyGuide::checkedDate(const QString &sourceId) const
{
    const rules::Source *source = pack().source(sourceId);
    return source ? m_languages.dates().format(source->checked).oneLine() : QString();
}

QStringList JourneyGuide::hoursLines(const rules::ContactSpec &contact) const
{
    const locale::DateFormatter &dates = m_languages.dates();
    QStringList lines;
    for (const rules::OpeningHours &hours : contact.hours) {
        QStringList days;
        for (const auto &[first, last] : runsOf(weekdaysOf(hours.days))) {
            const QString from = dates.weekdayName(Qt::DayOfWeek(first));
            if (last == first)
                days << from;
            else if (last == first + 1)
                days << from << dates.weekdayName(Qt::DayOfWeek(last));
            else
                days << tr("%1 to %2", "a range of weekdays, e.g. Monday to Friday")
                            .arg(from, dates.weekdayName(Qt::DayOfWeek(last)));
        }
        //: Opening hours: the days (e.g. "Monday to Sunday"), then the opening and closing time.
        lines << tr("%1: %2 to %3")
                     .arg(QLocale().createSeparatedList(days), m_languages.inOwnDigits(hours.from),
                          m_languages.inOwnDigits(hours.to));
    }
    return lines;
}

QList<HelpRow> JourneyGuide::helpRows() const
{
    QList<HelpRow> rows;
    for (const rules::HelpSpec &spec : pack().journey.help) {
        HelpRow row { spec.id, spec.name, JourneyTexts::text(spec.textKey), {}, {}, {}, {}, {} };
        if (spec.contact) {
            row.phone = spec.contact->phone;
            row.phoneUri = phoneUriOf(spec.contact->phone);
            row.address = spec.contact->address;
            row.hours = hoursLines(*spec.contact);
            row.checked = checkedDate(spec.contact->source);
        }
        rows.append(row);
    }
    return rows;
}

QList<GlossaryRow> JourneyGuide::glossaryRows() const
{
    QList<GlossaryRow> rows;
    for (const rules::GlossarySpec &spec : pack().journey.glossary)
        rows.append({ spec.id, spec.term, JourneyTexts::text(spec.textKey) });
    // The terms are Dutch: in the order of the Dutch alphabet, the way the reader looks one up.
    QCollator collator { QLocale(QLocale::Dutch, QLocale::Netherlands) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const GlossaryRow &a, const GlossaryRow &b) {
        return collator.compare(a.term, b.term) < 0;
    });
    return rows;
}

QList<CostRow> JourneyGuide::costRows() const
{
    const locale::NumberFormatter &numbers = locale::NumberFormatter::forLanguage(m_languages.language());
    QList<CostRow> rows;
    for (const rules::CostSpec &spec : pack().journey.costs) {
        const QString amount = spec.amount && !spec.amount->source.isEmpty()
            ? numbers.formatAmount(spec.amount->value, spec.amount->currency)
            : QString();
        rows.append({ spec.id, JourneyTexts::text(spec.textKey), amount });
    }
    return rows;
}

QString JourneyGuide::linkTerms(const QString &text) const
{
    return linker().link(text);
}

GlossaryEntry JourneyGuide::term(const QString &idOrLink) const
{
    const QString linked = TermLinker::idOf(idOrLink);
    const rules::GlossarySpec *spec = pack().journey.term(linked.isEmpty() ? idOrLink : linked);
    if (!spec)
        return {};
    return { spec->id, spec->term, JourneyTexts::text(spec->textKey) };
}

GlossaryFilter *JourneyGuide::newGlossaryFilter(QObject *owner)
{
    auto *filter = new GlossaryFilter(glossary(), owner);
    QJSEngine::setObjectOwnership(filter, QJSEngine::CppOwnership);
    return filter;
}

bool JourneyGuide::copyToClipboard(const QString &text) const
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return false;
    clipboard->setText(text);
    return true;
}
