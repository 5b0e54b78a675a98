#include "locale/dateformatter.h"
#include "locale/languages.h"
#include "reminders/calendarexport.h"
#include "reminders/notificationtext.h"
#include "reminders/schedule.h"

#include <QSet>
#include <QTest>

using namespace samen::reminders;

namespace {

const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));

// Names and words that must never reach a lock screen: in Latin, Arabic, Ethiopic and Dari.
const QStringList canaries = { u"Canaryname"_qs, u"Zzyzx"_qs, u"أمينةكناري"_qs, u"ሰላማዊትካናሪ"_qs,
                               u"گلالۍکانري"_qs };

QList<Deadline> deadlinesWithCanaries()
{
    QList<Deadline> deadlines;
    int n = 0;
    for (const DeadlineKind kind : allDeadlineKinds()) {
        const QString canary = canaries.at(n % 5);
        deadlines << Deadline { u"id-"_qs + canary + QString::number(n), kind,
                                QDate(2026, 6, 1).addDays(n * 9),
                                u"Call "_qs + canary + u" about the "_qs + canaries.at((n + 1) % 5) };
        ++n;
    }
    return deadlines;
}

PlannedReminder reminder(DeadlineKind kind, QDate due, int daysBefore)
{
    PlannedReminder r;
    r.key = u"k@"_qs + QString::number(daysBefore);
    r.deadlineId = u"k"_qs;
    r.kind = kind;
    r.due = due;
    r.daysBefore = daysBefore;
    r.fireTime = QDateTime(due.addDays(-daysBefore), QTime(10, 0), amsterdam);
    return r;
}

QString firstCanaryIn(const QString &text)
{
    for (const QString &canary : canaries) {
        if (text.contains(canary, Qt::CaseInsensitive))
            return canary;
    }
    return QString();
}

} // namespace

class TestNotificationText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void privateTextSaysOnlyThatThereIsADate()
    {
        const NotificationText texts;
        QCOMPARE(texts.detail(), TextDetail::Private);
        for (const DeadlineKind kind : allDeadlineKinds()) {
            const PlannedReminder r = reminder(kind, QDate(2026, 4, 10), 3);
            QCOMPARE(NotificationText::title(), u"Samen"_qs);
            QCOMPARE(texts.body(r), u"You have a date to check."_qs);
            QCOMPARE(texts.summary(kind), u"Samen: a date to check"_qs);
            QVERIFY(!texts.body(r).contains(NotificationText::kindName(kind)));
        }
    }

    void detailedTextNamesKindDaysAndDate_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("daysBefore");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("body");
        QTest::newRow("objection, no date")
            << int(DeadlineKind::Objection) << 3 << QString() << u"Objection: 3 days left."_qs;
        QTest::newRow("objection, today")
            << int(DeadlineKind::Objection) << 0 << QString() << u"Objection: today."_qs;
        QTest::newRow("window, English date") << int(DeadlineKind::NareisWindow) << 14 << u"en"_qs
                                              << u"Family reunification application: 14 days left, until "
                                                 u"10 April (4) 2026."_qs;
        QTest::newRow("letter today, Dutch date") << int(DeadlineKind::Letter) << 0 << u"nl"_qs
                                                  << u"Answer to an IND letter: today, 10 april (4) 2026."_qs;
        QTest::newRow("GP visit, Tigrinya: Gregorian only")
            << int(DeadlineKind::GpVisit) << 7 << u"ti"_qs
            << u"First visit to the GP: 7 days left, until 10 ሚያዝያ (4) 2026."_qs;
        QTest::newRow("GP visit, Tigrinya with the Ethiopian calendar: Gregorian first")
            << int(DeadlineKind::GpVisit) << 7 << u"ti+ethiopian"_qs
            << u"First visit to the GP: 7 days left, until 10 ሚያዝያ (4) 2026 = 2 ሚያዝያ (8) 2018 ዓ.ም.."_qs;
    }
    void detailedTextNamesKindDaysAndDate()
    {
        QFETCH(int, kind);
        QFETCH(int, daysBefore);
        QFETCH(QString, language);
        QFETCH(QString, body);
        const bool ethiopian = language.endsWith(u"+ethiopian"_qs);
        const auto *dates = language.isEmpty()
            ? nullptr
            : &samen::locale::DateFormatter::forLanguage(language.section(u'+', 0, 0), ethiopian);
        const NotificationText texts(TextDetail::Detailed, dates);
        const PlannedReminder r = reminder(DeadlineKind(kind), QDate(2026, 4, 10), daysBefore);
        QCOMPARE(texts.body(r), body);
        QCOMPARE(texts.summary(DeadlineKind(kind)), NotificationText::kindName(DeadlineKind(kind)));
    }

    void aSnoozedReminderCountsDaysFromWhenItFires()
    {
        PlannedReminder r = reminder(DeadlineKind::Travel, QDate(2026, 4, 10), 7);
        r.fireTime = QDateTime(QDate(2026, 4, 8), QTime(18, 0), amsterdam);
        r.snoozed = true;
        QCOMPARE(NotificationText(TextDetail::Detailed).body(r), u"Travel with the mvv: 2 days left."_qs);
    }

    void aLateReminderCountsDaysFromToday()
    {
        const PlannedReminder r = reminder(DeadlineKind::Objection, QDate(2026, 4, 10), 7);
        const NotificationText texts(TextDetail::Detailed);
        QCOMPARE(texts.body(r, QDate(2026, 4, 8)), u"Objection: 2 days left."_qs);
        QCOMPARE(texts.body(r, QDate(2026, 4, 10)), u"Objection: today."_qs);
        QCOMPARE(texts.notifications({ r }, QDate(2026, 4, 7)).first().body, u"Objection: 3 days left."_qs);
    }

    void everyKindHasAName()
    {
        QSet<QString> names;
        for (const DeadlineKind kind : allDeadlineKinds())
            names.insert(NotificationText::kindName(kind));
        QCOMPARE(names.size(), allDeadlineKinds().size());
        QVERIFY(!names.contains(QString()));
    }

    void notificationCarriesKeyTimeAndText()
    {
        const PlannedReminder r = reminder(DeadlineKind::Letter, QDate(2026, 4, 10), 1);
        const NotificationText texts;
        const Notification n = texts.notification(r);
        QCOMPARE(n.key, r.key);
        QCOMPARE(n.fireTime, r.fireTime);
        QCOMPARE(n.title, NotificationText::title());
        QCOMPARE(n.body, texts.body(r));
        QCOMPARE(texts.notifications({ r, r }).size(), 2);
    }

    // Names planted in ids and labels never reach a notification or a default calendar entry,
    // at any detail level, in any language, at any moment of the procedure.
    void noCanaryInAnyText()
    {
        const QList<Deadline> deadlines = deadlinesWithCanaries();
        int checked = 0;
        for (const samen::locale::Language &language : samen::locale::supportedLanguages()) {
            const auto &dates = samen::locale::DateFormatter::forLanguage(language.code);
            for (const TextDetail detail : { TextDetail::Private, TextDetail::Detailed }) {
                const NotificationText texts(detail, &dates);
                for (int day = 0; day < 120; day += 3) {
                    const QDateTime now(QDate(2026, 3, 1).addDays(day), QTime(11, 0), amsterdam);
                    const ReminderPlan plan = planReminders(deadlines, {}, now);
                    for (const Notification &n : texts.notifications(plan.upcoming + plan.due)) {
                        QVERIFY2(firstCanaryIn(n.title + n.body).isEmpty(), qPrintable(n.body));
                        QVERIFY2(!n.key.isEmpty(), "keys may hold ids; text may not");
                        ++checked;
                    }
                }
                for (const Deadline &deadline : deadlines)
                    QVERIFY(firstCanaryIn(texts.summary(deadline.kind)).isEmpty());
                ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), amsterdam));
                const QString ics = QString::fromUtf8(
                    CalendarExport(clock).write(deadlines, {}, CalendarOptions { detail, false }, &dates));
                QVERIFY2(firstCanaryIn(ics).isEmpty(), qPrintable(firstCanaryIn(ics)));
            }
        }
        QVERIFY(checked > 1000);
    }
};

QTEST_GUILESS_MAIN(TestNotificationText)
#include "tst_notificationtext.moc"
