// libFuzzer target: the calendar export (CalendarExport::write) with fuzzed deadlines (ids, kinds,
// due dates, labels as UTF-8 or raw UTF-16), clock, reminder time, text detail and language of
// the dates. Besides crashes and sanitizer reports it aborts unless the output is valid RFC 5545
// text as a calendar app reads it:
// - every line ends in CRLF; no bare CR or LF, no other control character (only HTAB) anywhere;
// - no physical line longer than 75 octets; a continuation starts with one space and never in the
//   middle of a UTF-8 sequence; the whole file is valid UTF-8;
// - it parses (tests/core/icsreader) into one VCALENDAR with exactly one VEVENT per open, distinct
//   deadline, each with an 8-digit DTSTART of its due date, and a DESCRIPTION that gives back the
//   label (without the control characters a TEXT value cannot hold) only when labels are asked for.
#include "locale/dateformatter.h"
#include "locale/languages.h"
#include "reminders/calendarexport.h"
#include "reminders/clock.h"
#include "reminders/icsformat.h"
#include "support/icsreader.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace samen::reminders;

namespace {

[[noreturn]] void fail(const char *why)
{
    std::fprintf(stderr, "fuzz_calendar: %s\n", why);
    std::abort();
}

QString fuzzedText(FuzzedDataProvider &input, std::size_t maxBytes)
{
    const bool utf16 = input.ConsumeBool();
    const std::string raw = input.ConsumeRandomLengthString(maxBytes);
    if (!utf16)
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    return QString(reinterpret_cast<const QChar *>(raw.data()),
                   qsizetype(raw.size() / 2)); // lone surrogates too
}

/** What a TEXT value can carry of @p label: no control characters but LF (escaped) and HTAB. */
QString expectedLabel(const QString &label)
{
    QString kept;
    for (const QChar c : label) {
        if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F))
            kept += c;
    }
    // Lone surrogates become what UTF-8 can hold. fromUtf8() would also drop a leading U+FEFF,
    // which the label keeps (found by this fuzzer: labels that start with one or two byte-order
    // marks), so the decoder converts the initial BOM instead of skipping it.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(kept.toUtf8());
}

void checkLines(const QByteArray &ics)
{
    if (!ics.endsWith("\r\n"))
        fail("no CRLF at the end");
    if (QString::fromUtf8(ics).toUtf8() != ics)
        fail("not valid UTF-8");
    qsizetype start = 0;
    while (start < ics.size()) {
        const qsizetype end = ics.indexOf("\r\n", start);
        if (end < 0)
            fail("a line without CRLF");
        const QByteArray line = ics.mid(start, end - start);
        if (line.size() > ics::maxLineOctets)
            fail("a line longer than 75 octets");
        if (line.isEmpty())
            fail("an empty line");
        for (const char byte : line) {
            const auto octet = static_cast<unsigned char>(byte);
            if ((octet < 0x20 && octet != '\t') || octet == 0x7F)
                fail("a control character (bare CR/LF, NUL …) inside a line");
        }
        const bool continuation = line.at(0) == ' ';
        if (continuation && start == 0)
            fail("the file starts with a continuation");
        if (continuation && line.size() > 1 && (static_cast<unsigned char>(line.at(1)) & 0xC0) == 0x80)
            fail("a fold inside a UTF-8 sequence");
        start = end + 2;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    static const QDateTime base(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    ManualClock clock(base.addSecs(input.ConsumeIntegralInRange<qint64>(-86400LL * 400, 86400LL * 400)));
    ReminderSettings settings;
    settings.localTime = QTime(input.ConsumeIntegralInRange(0, 23), input.ConsumeIntegralInRange(0, 59));
    CalendarOptions options;
    options.detail = input.ConsumeBool() ? TextDetail::Detailed : TextDetail::Private;
    options.includeLabels = input.ConsumeBool();
    const auto &languages = samen::locale::supportedLanguages();
    const auto &language = languages.at(input.ConsumeIntegralInRange<qsizetype>(0, languages.size() - 1));
    const samen::locale::DateFormatter &dates =
        samen::locale::DateFormatter::forLanguage(language.code, input.ConsumeBool());

    const QDate today = settings.toLocal(clock.now()).date();
    QList<Deadline> deadlines;
    QHash<QString, ReminderState> states;
    const int count = input.ConsumeIntegralInRange(0, 12);
    for (int i = 0; i < count; ++i) {
        Deadline deadline;
        deadline.id = fuzzedText(input, 24);
        deadline.kind =
            static_cast<DeadlineKind>(input.ConsumeIntegralInRange(0, int(DeadlineKind::WaitEnds)));
        deadline.due =
            input.ConsumeBool() ? QDate() : today.addDays(input.ConsumeIntegralInRange(-40, 36500));
        deadline.label = fuzzedText(input, 400);
        if (input.ConsumeBool())
            states[deadline.id].done = true;
        deadlines << deadline;
    }

    const CalendarExport exporter(clock, settings);
    const QByteArray ics = exporter.write(deadlines, states, options, &dates);
    checkLines(ics);

    IcsComponent calendar;
    QString error;
    if (!readIcs(ics, calendar, error) || calendar.name != QLatin1String("VCALENDAR"))
        fail("does not parse as one VCALENDAR");
    QHash<QString, const Deadline *> open; // the first deadline of each id counts, as in write()
    for (const Deadline &deadline : std::as_const(deadlines)) {
        if (!open.contains(deadline.id) && !states.value(deadline.id).done && deadline.due.isValid() &&
            deadline.due >= today)
            open.insert(deadline.id, &deadline);
    }
    QHash<QString, const Deadline *> byUid;
    for (const Deadline *deadline : std::as_const(open))
        byUid.insert(CalendarExport::uid(*deadline), deadline);
    if (calendar.children.size() != open.size())
        fail("not one VEVENT per open deadline");
    static const QRegularExpression date(QStringLiteral("^[0-9]{8}$"));
    for (const IcsComponent &event : std::as_const(calendar.children)) {
        const Deadline *deadline = byUid.value(event.value(QStringLiteral("UID")));
        if (event.name != QLatin1String("VEVENT") || !deadline)
            fail("an event that is no open deadline");
        const QString start = event.value(QStringLiteral("DTSTART"));
        if (!date.match(start).hasMatch() || start != deadline->due.toString(QStringLiteral("yyyyMMdd")) ||
            !date.match(event.value(QStringLiteral("DTEND"))).hasMatch())
            fail("DTSTART/DTEND is not the due date as 8 digits");
        const QString label = expectedLabel(deadline->label);
        const QString description = event.value(QStringLiteral("DESCRIPTION"));
        if (options.includeLabels && !deadline->label.isEmpty() ? description != label
                                                                : !description.isEmpty())
            fail("DESCRIPTION is not the label, or a label was written without being asked for");
        if (event.count(QStringLiteral("SUMMARY")) != 1)
            fail("not one SUMMARY");
    }
    return 0;
}
