#include "reminders/icsformat.h"

#include <QTest>

#include <iterator>

using namespace samen::reminders;

class TestIcsFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"Call the IND"_qs << u"Call the IND"_qs;
        QTest::newRow("comma and semicolon") << u"a,b;c"_qs << u"a\\,b\\;c"_qs;
        QTest::newRow("backslash first") << u"a\\,"_qs << u"a\\\\\\,"_qs;
        QTest::newRow("newlines") << u"one\r\ntwo\nthree"_qs << u"one\\ntwo\\nthree"_qs;
        QTest::newRow("colon stays") << u"10:00"_qs << u"10:00"_qs;
        // Found by fuzz_calendar: a NUL, ESC, bare CR or DEL from a pasted label reached the file.
        static const char16_t controls[] = u"a\u0000b\u001Bc\rd\u007Fe\tf\u0085g";
        QTest::newRow("controls dropped, tab kept") << QString::fromUtf16(controls, std::size(controls) - 1)
                                                    << QString::fromUtf16(u"abcde\tf\u0085g");
    }
    void escapesText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(ics::escapeText(text), escaped);
    }

    void shortLinesAreNotFolded()
    {
        QCOMPARE(ics::contentLine(u"VERSION:2.0"_qs), QByteArray("VERSION:2.0\r\n"));
        const QString exact(ics::maxLineOctets, u'x');
        QCOMPARE(ics::contentLine(exact), exact.toUtf8() + "\r\n");
    }

    void foldsAt75OctetsWithoutSplittingCharacters_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("ascii") << u"DESCRIPTION:"_qs + QString(200, u'a');
        QTest::newRow("arabic, 2 octets each") << u"DESCRIPTION:"_qs + QString(100, QChar(0x0639));
        QTest::newRow("ethiopic, 3 octets each") << u"DESCRIPTION:"_qs + QString(90, QChar(0x1230));
        QTest::newRow("emoji, 4 octets each") << u"DESCRIPTION:x"_qs + QString(u"😀"_qs).repeated(60);
    }
    void foldsAt75OctetsWithoutSplittingCharacters()
    {
        QFETCH(QString, line);
        const QByteArray folded = ics::contentLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QVERIFY(physical.size() > 1);
        QByteArray unfolded;
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (i + 1 < physical.size()) {
                QVERIFY(part.endsWith('\r'));
                part.chop(1);
            }
            QVERIFY2(part.size() <= ics::maxLineOctets, part.constData());
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part.remove(0, 1);
            }
            QVERIFY(!part.isEmpty());
            QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
            QVERIFY((static_cast<unsigned char>(part.at(0)) & 0xC0) != 0x80);
            unfolded += part;
        }
        QCOMPARE(QString::fromUtf8(unfolded), line);
    }

    void triggersPointAtTheLocalHour_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("trigger");
        QTest::newRow("day itself at ten") << 0 << QTime(10, 0) << u"PT10H"_qs;
        QTest::newRow("day before at ten") << 1 << QTime(10, 0) << u"-PT14H"_qs;
        QTest::newRow("week before at ten") << 7 << QTime(10, 0) << u"-P6DT14H"_qs;
        QTest::newRow("60 days at half past eight") << 60 << QTime(8, 30) << u"-P59DT15H30M"_qs;
        QTest::newRow("week before at midnight") << 7 << QTime(0, 0) << u"-P7D"_qs;
        QTest::newRow("day itself at midnight") << 0 << QTime(0, 0) << u"PT0S"_qs;
    }
    void triggersPointAtTheLocalHour()
    {
        QFETCH(int, days);
        QFETCH(QTime, time);
        QFETCH(QString, trigger);
        QCOMPARE(ics::triggerBefore(days, time), trigger);
    }
};

QTEST_GUILESS_MAIN(TestIcsFormat)
#include "tst_icsformat.moc"
