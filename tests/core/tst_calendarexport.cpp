#include "support/icsreader.h"

#include "locale/dateformatter.h"
#include "reminders/calendarexport.h"
#include "reminders/icsformat.h"
#include "reminders/schedule.h"

#include <QTest>

using namespace samen::reminders;

namespace {

const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));

// Long enough to need folding, with every character that needs escaping.
const QString arabicLabel = u"اتصل بالمحامي بخصوص رسالة دائرة الهجرة والتجنيس، وأرسل نسخة من عقد الزواج; "
                            u"وشهادات الميلاد\\ قبل الموعد\nثم راجع المتطوع"_qs;
const QString ethiopicLabel = u"ንጠበቓ ደውል፡ ብዛዕባ ደብዳቤ IND, ቅዳሕ ምስክር ወረቐት መርዓ ስደድ; ቅድሚ ዕለት ምርካብ "
                              u"ንፈቃደኛ ሕተት"_qs;

QList<Deadline> deadlines()
{
    return {
        Deadline { u"window-7f3a"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 10), arabicLabel },
        Deadline { u"letter-19"_qs, DeadlineKind::Letter, QDate(2026, 3, 25), ethiopicLabel },
        Deadline { u"gp-2"_qs, DeadlineKind::GpVisit, QDate(2026, 9, 15), QString() },
        Deadline { u"old"_qs, DeadlineKind::Objection, QDate(2026, 2, 1), u"past"_qs },
        Deadline { u"done"_qs, DeadlineKind::Travel, QDate(2026, 9, 1), u"done"_qs },
    };
}

QHash<QString, ReminderState> states()
{
    QHash<QString, ReminderState> result;
    result[u"done"_qs].done = true;
    return result;
}

const QDateTime now(QDate(2026, 3, 12), QTime(9, 15, 30), amsterdam);

IcsComponent readBack(const QByteArray &data)
{
    IcsComponent calendar;
    QString error;
    if (!readIcs(data, calendar, error))
        qWarning("%s", qPrintable(error));
    return calendar;
}

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLineIsCrlfUtf8AndAtMost75Octets()
    {
        ManualClock clock(now);
        const QByteArray data =
            CalendarExport(clock).write(deadlines(), states(), { TextDetail::Detailed, true });
        QVERIFY(data.endsWith("\r\n"));
        QCOMPARE(data.count('\n'), data.count("\r\n"));
        QCOMPARE(data.count('\r'), data.count("\r\n"));
        QCOMPARE(QString::fromUtf8(data).toUtf8(), data);
        int folded = 0;
        for (const QByteArray &line : data.chopped(2).split('\n')) {
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(content.size() <= ics::maxLineOctets, content.constData());
            QCOMPARE(QString::fromUtf8(content).toUtf8(), content);
            folded += content.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(folded >= 3);
    }

    void parsesBackFieldByField()
    {
        ManualClock clock(now);
        const CalendarExport exporter(clock);
        const QByteArray data = exporter.write(deadlines(), states(), { TextDetail::Detailed, true });
        const IcsComponent calendar = readBack(data);
        QCOMPARE(calendar.name, u"VCALENDAR"_qs);
        QCOMPARE(calendar.value(u"VERSION"_qs), u"2.0"_qs);
        QVERIFY(!calendar.value(u"PRODID"_qs).isEmpty());
        QCOMPARE(calendar.children.size(), 3);

        const QList<Deadline> expected = deadlines().mid(0, 3);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Deadline &deadline = expected.at(i);
            const IcsComponent &event = calendar.children.at(i);
            QCOMPARE(event.name, u"VEVENT"_qs);
            QCOMPARE(event.value(u"UID"_qs), CalendarExport::uid(deadline));
            QCOMPARE(event.value(u"DTSTAMP"_qs), u"20260312T081530Z"_qs);
            QCOMPARE(event.property(u"DTSTART"_qs).parameters.value(u"VALUE"_qs), u"DATE"_qs);
            QCOMPARE(QDate::fromString(event.value(u"DTSTART"_qs), u"yyyyMMdd"_qs), deadline.due);
            QCOMPARE(QDate::fromString(event.value(u"DTEND"_qs), u"yyyyMMdd"_qs), deadline.due.addDays(1));
            QCOMPARE(event.value(u"SUMMARY"_qs), NotificationText::kindName(deadline.kind));
            QCOMPARE(event.count(u"DESCRIPTION"_qs), deadline.label.isEmpty() ? 0 : 1);
            QCOMPARE(event.value(u"DESCRIPTION"_qs), deadline.label.isEmpty() ? QString() : deadline.label);
            checkAlarms(event, deadline);
        }
    }

    void privateByDefault()
    {
        ManualClock clock(now);
        const QByteArray data = CalendarExport(clock).write(deadlines(), states());
        const IcsComponent calendar = readBack(data);
        QCOMPARE(calendar.children.size(), 3);
        for (const IcsComponent &event : calendar.children) {
            QCOMPARE(event.value(u"SUMMARY"_qs), u"Samen: a date to check"_qs);
            QCOMPARE(event.count(u"DESCRIPTION"_qs), 0);
            for (const IcsComponent &alarm : event.children)
                QCOMPARE(alarm.value(u"DESCRIPTION"_qs), u"You have a date to check."_qs);
        }
        for (const Deadline &deadline : deadlines()) {
            QVERIFY(!data.contains(deadline.id.toUtf8()));
            if (!deadline.label.isEmpty())
                QVERIFY(!QString::fromUtf8(data).contains(deadline.label.left(8)));
        }
    }

    void uidIsStableAndOpaque()
    {
        const Deadline a { u"window-7f3a"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 10), QString() };
        Deadline moved = a;
        moved.due = QDate(2026, 5, 1);
        const Deadline b { u"window-7f3b"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 10), QString() };
        QCOMPARE(CalendarExport::uid(a), CalendarExport::uid(moved));
        QVERIFY(CalendarExport::uid(a) != CalendarExport::uid(b));
        QVERIFY(!CalendarExport::uid(a).contains(u"window"_qs));
        ManualClock clock(now);
        const CalendarExport exporter(clock);
        clock.advance(3600);
        const IcsComponent later = readBack(exporter.write({ a }, {}));
        QCOMPARE(later.children.first().value(u"UID"_qs), CalendarExport::uid(a));
        QCOMPARE(later.children.first().value(u"DTSTAMP"_qs), u"20260312T091530Z"_qs);
    }

    void escapedTextRoundTrips()
    {
        const QString label = u"a,b;c\\d\ne: f"_qs;
        ManualClock clock(now);
        const IcsComponent calendar = readBack(CalendarExport(clock).write(
            { Deadline { u"x"_qs, DeadlineKind::Letter, QDate(2026, 4, 1), label } }, {},
            { TextDetail::Private, true }));
        QCOMPARE(calendar.children.first().value(u"DESCRIPTION"_qs), label);
    }

    void datesInAlarmTextsFollowTheLanguage()
    {
        ManualClock clock(now);
        const auto &dates = samen::locale::DateFormatter::forLanguage(u"ar"_qs);
        const IcsComponent calendar = readBack(CalendarExport(clock).write(
            { deadlines().first() }, {}, { TextDetail::Detailed, false }, &dates));
        const IcsComponent &alarm = calendar.children.first().children.first();
        QVERIFY2(alarm.value(u"DESCRIPTION"_qs).contains(dates.formatGregorian(QDate(2026, 4, 10))),
                 qPrintable(alarm.value(u"DESCRIPTION"_qs)));
    }

    void anEmptyListIsAValidCalendar()
    {
        ManualClock clock(now);
        const IcsComponent calendar = readBack(CalendarExport(clock).write({}, {}));
        QCOMPARE(calendar.name, u"VCALENDAR"_qs);
        QVERIFY(calendar.children.isEmpty());
    }

private:
    static void checkAlarms(const IcsComponent &event, const Deadline &deadline)
    {
        QStringList triggers;
        for (const int days : reminderDays(deadline.kind)) {
            if (QDateTime(deadline.due.addDays(-days), QTime(10, 0), amsterdam) > now)
                triggers << ics::triggerBefore(days, QTime(10, 0));
        }
        QStringList found;
        for (const IcsComponent &alarm : event.children) {
            QCOMPARE(alarm.name, u"VALARM"_qs);
            QCOMPARE(alarm.value(u"ACTION"_qs), u"DISPLAY"_qs);
            QVERIFY(alarm.value(u"DESCRIPTION"_qs).startsWith(NotificationText::kindName(deadline.kind)));
            QVERIFY(!alarm.value(u"DESCRIPTION"_qs).contains(deadline.label.left(6)) ||
                    deadline.label.isEmpty());
            found << alarm.value(u"TRIGGER"_qs);
        }
        QCOMPARE(found, triggers);
        QVERIFY(!found.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
