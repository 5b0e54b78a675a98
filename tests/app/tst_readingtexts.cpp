#include "letters/letterreading.h"
#include "letters/readingtexts.h"
#include "locale/dateformatter.h"
#include "ocr/pageload.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The letter reader's words: every doubt core/letters can name and every reason a file gives no
// pages has its own sentence (none falls through to the generic one), and a reading becomes the
// row the reader page shows, its dates in the user's calendar beside the Dutch words they came from.
class TestReadingTexts : public QObject
{
    Q_OBJECT

    // The doubt codes as core/letters documents them on LetterReading::doubts.
    static QStringList documentedDoubts()
    {
        QFile header(QStringLiteral(SAMEN_SOURCE_DIR "/core/letters/letterreading.h"));
        if (!header.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(header.readAll());
        const qsizetype start = text.indexOf(u"Machine codes"_qs);
        const QString block = text.mid(start, text.indexOf(u"*/"_qs, start) - start);
        QStringList codes;
        for (const QString &word : block.split(QRegularExpression(u"[,\\s]+"_qs), Qt::SkipEmptyParts)) {
            const QString clean = word.section(u'(', 0, 0);
            if (clean.size() > 5 && clean.front().isLower() &&
                clean.contains(QRegularExpression(u"[A-Z]"_qs)))
                codes << clean;
        }
        codes.removeDuplicates();
        return codes;
    }

private Q_SLOTS:
    void everyDoubtHasItsOwnSentence()
    {
        const QStringList codes = documentedDoubts();
        QVERIFY2(codes.size() >= 15, qPrintable(codes.join(u", "_qs)));
        const QString generic = ReadingTexts::doubt(u"no such doubt"_qs);
        for (const QString &code : codes)
            QVERIFY2(ReadingTexts::doubt(code) != generic, qPrintable(u"no sentence for "_qs + code));
    }

    void everyLoadErrorHasItsOwnSentence()
    {
        using samen::ocr::LoadError;
        const QString generic = ReadingTexts::error(u"unreadable"_qs);
        for (const LoadError error : { LoadError::Empty, LoadError::TooLarge, LoadError::TooManyPages })
            QVERIFY(ReadingTexts::error(samen::ocr::loadErrorName(error)) != generic);
        QVERIFY(ReadingTexts::error(u"unknownType"_qs) != generic);
        QVERIFY(ReadingTexts::error(u"noEngine"_qs) != generic);
    }

    void aReadingBecomesItsRow()
    {
        samen::letters::LetterReading reading;
        reading.kind = samen::letters::LetterKind::ObjectionDecision;
        reading.looksLikeIndLetter = true;
        reading.letterDate = samen::letters::FoundDate { QDate(2027, 1, 12), u"12  januari\n2027"_qs };
        reading.answerBy = samen::letters::FoundDate { QDate(2027, 2, 9), u"binnen vier weken"_qs };
        reading.vNumber = u"1234567890"_qs;
        reading.confidence = 0.9;
        reading.doubts = { u"objectionOutcomeUnclear"_qs, u"noKind"_qs, u"notLikeIndLetter"_qs };
        const auto &dates = samen::locale::DateFormatter::forLanguage(u"en"_qs);
        const LetterReadingRow row =
            ReadingTexts::row(reading, { u"objectionGranted"_qs, u"objectionRefused"_qs }, dates);
        QVERIFY(row.looksLikeIndLetter);
        QVERIFY(row.letterId.isEmpty());
        QCOMPARE(row.candidates, (QStringList { u"objectionGranted"_qs, u"objectionRefused"_qs }));
        QCOMPARE(row.letterDate.iso, u"2027-01-12"_qs);
        QCOMPARE(row.letterDate.text, dates.formatGregorian(QDate(2027, 1, 12)));
        QCOMPARE(row.letterDate.words, u"12 januari 2027"_qs); // one line, as it is shown
        QCOMPARE(row.answerBy.words, u"binnen vier weken"_qs);
        QVERIFY(!row.decisionBy.found());
        QVERIFY(!row.sure); // a doubt makes it unsure, whatever the confidence
        QCOMPARE(row.doubts.size(), 2); // two codes share one sentence
    }
};

QTEST_MAIN(TestReadingTexts)
#include "tst_readingtexts.moc"
