#include "letters/letterreading.h"
#include "rules/pack.h"

#include <QTest>

using namespace samen::letters;
using samen::rules::bundledPack;
using samen::rules::LetterPatterns;

namespace {

const LetterPatterns &patterns()
{
    return bundledPack().pack->journey.reading;
}

const QDate kToday(2027, 2, 1);

LetterReading read(const QString &text, double ocr = 0.95)
{
    return readLetterText(text, patterns(), ocr, kToday);
}

QString header(const QString &date = u"12 januari 2027"_qs)
{
    return u"Immigratie- en Naturalisatiedienst\nMinisterie van Justitie en Veiligheid\n"
           "Postbus 287\n7600 AG Almelo\n\nDe heer A. Tesfay\nKerkstraat 12\n1234 AB Utrecht\n\n"
           "Datum %1\nOns kenmerk 2701-0042-NAR\nV-nummer 12 3456 7890\n\n"_qs.arg(date);
}

} // namespace

// readLetterText: every letter type, every date and period form, the V-number forms, and text that
// is no IND letter. Dates come from the text only; what is unclear is a doubt, never a guess.
class TestLetterReading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTypeIsRecognised_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("packLetterId");
        QTest::addColumn<QString>("answerBy");
        QTest::addColumn<QString>("decisionBy");
        QTest::newRow("receipt")
            << u"Betreft: Ontvangstbevestiging\nWij hebben uw aanvraag ontvangen op 5 januari 2027. "
               "De IND beslist uiterlijk op 5 april 2027 op uw aanvraag."_qs
            << u"receipt"_qs << u"receipt"_qs << QString() << u"2027-04-05"_qs;
        QTest::newRow("missing items, period")
            << u"Betreft: Herstel verzuim\nUw aanvraag is niet compleet. Stuur de ontbrekende documenten "
               "binnen vier weken na dagtekening van deze brief."_qs
            << u"missingItems"_qs << u"missingItems"_qs << u"2027-02-09"_qs << QString();
        QTest::newRow("missing items, date")
            << u"Betreft: Herstelverzuim\nStuur de ontbrekende documenten uiterlijk op 26-01-2027."_qs
            << u"missingItems"_qs << u"missingItems"_qs << u"2027-01-26"_qs << QString();
        QTest::newRow("dna")
            << u"Betreft: DNA-onderzoek\nUw gezinsleden maken uiterlijk 15 februari 2027 een afspraak bij de ambassade."_qs
            << u"dnaOrInterview"_qs << u"dnaOrInterview"_qs << u"2027-02-15"_qs << QString();
        QTest::newRow("interview")
            << u"Betreft: Identificerend gehoor\nHet gehoor op 3 maart 2027 vindt plaats bij de ambassade."_qs
            << u"dnaOrInterview"_qs << u"dnaOrInterview"_qs << u"2027-03-03"_qs << QString();
        QTest::newRow("intention to refuse")
            << u"Betreft: Voornemen tot afwijzing\nDe IND is van plan uw aanvraag af te wijzen. U kunt "
               "binnen 2 weken na dagtekening uw zienswijze sturen."_qs
            << u"intentionToRefuse"_qs << u"intentionToRefuse"_qs << u"2027-01-26"_qs << QString();
        QTest::newRow("approval")
            << u"Betreft: Beschikking\nUw aanvraag wordt ingewilligd. Uw gezinslid kan binnen drie maanden "
               "de machtiging tot voorlopig verblijf ophalen."_qs
            << u"approval"_qs << u"decisionYes"_qs << QString() << QString();
        QTest::newRow("refusal")
            << u"Betreft: Beschikking\nUw aanvraag wordt afgewezen. U kunt binnen vier weken na de dag van "
               "bekendmaking van dit besluit bezwaar maken."_qs
            << u"refusal"_qs << u"decisionNo"_qs << u"2027-02-09"_qs << QString();
        QTest::newRow("objection refused")
            << u"Betreft: Beslissing op bezwaar\nUw bezwaar is ongegrond. U kunt binnen vier weken na "
               u"dagtekening "
               "beroep instellen bij de rechtbank."_qs
            << u"objectionDecision"_qs << u"objectionRefused"_qs << u"2027-02-09"_qs << QString();
        QTest::newRow("objection granted")
            << u"Betreft: Beslissing op bezwaar\nUw bezwaar is gegrond. De IND neemt een nieuw besluit."_qs
            << u"objectionDecision"_qs << u"objectionGranted"_qs << QString() << QString();
        QTest::newRow("mvv notice")
            << u"Betreft: uw mvv ligt klaar\nUw gezinslid kan de mvv ophalen bij de ambassade, uiterlijk op "
               "12 april 2027. Neem het paspoort mee."_qs
            << u"mvvNotice"_qs << u"mvvNotice"_qs << u"2027-04-12"_qs << QString();
    }
    void everyTypeIsRecognised()
    {
        QFETCH(QString, body);
        QFETCH(QString, kind);
        QFETCH(QString, packLetterId);
        QFETCH(QString, answerBy);
        QFETCH(QString, decisionBy);
        const LetterReading reading = read(header() + body);
        QCOMPARE(kindName(reading.kind), kind);
        QCOMPARE(reading.packLetterId, packLetterId);
        QVERIFY(reading.letterDate);
        QCOMPARE(reading.letterDate->date, QDate(2027, 1, 12));
        QCOMPARE(reading.letterDate->words, u"12 januari 2027"_qs);
        QCOMPARE(reading.answerBy ? reading.answerBy->date.toString(Qt::ISODate) : QString(), answerBy);
        QCOMPARE(reading.decisionBy ? reading.decisionBy->date.toString(Qt::ISODate) : QString(), decisionBy);
        QCOMPARE(reading.vNumber, u"1234567890"_qs);
        QCOMPARE(reading.caseNumber, u"2701-0042-NAR"_qs);
        QVERIFY(reading.looksLikeIndLetter);
        QVERIFY2(reading.doubts.isEmpty(), qPrintable(reading.doubts.join(u',')));
        QVERIFY(isSure(reading));
    }

    void thePeriodsWordsAreKept()
    {
        const LetterReading reading = read(header() +
                                           u"Herstel verzuim. Stuur de documenten binnen 4 weken\nna "
                                           "de datum van deze brief."_qs);
        QCOMPARE(reading.answerBy->date, QDate(2027, 2, 9));
        QCOMPARE(reading.answerBy->words, u"binnen 4 weken\nna de datum van deze brief"_qs.simplified());
    }

    void dateForms_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QDate>("date");
        QTest::newRow("long") << u"3 maart 2027"_qs << QDate(2027, 3, 3);
        QTest::newRow("capitalised") << u"3 Maart 2027"_qs << QDate(2027, 3, 3);
        QTest::newRow("short month") << u"3 mrt. 2027"_qs << QDate(2027, 3, 3);
        QTest::newRow("dashes") << u"03-03-2027"_qs << QDate(2027, 3, 3);
        QTest::newRow("slashes") << u"3/3/2027"_qs << QDate(2027, 3, 3);
        QTest::newRow("dots") << u"03.03.2027"_qs << QDate(2027, 3, 3);
        QTest::newRow("december") << u"31 december 2026"_qs << QDate(2026, 12, 31);
        QTest::newRow("leap day") << u"29 februari 2028"_qs << QDate(2028, 2, 29);
    }
    void dateForms()
    {
        QFETCH(QString, printed);
        QFETCH(QDate, date);
        const LetterReading reading =
            readLetterText(header(printed) + u"Ontvangstbevestiging"_qs, patterns(), 1, QDate(2030, 1, 1));
        QVERIFY(reading.letterDate);
        QCOMPARE(reading.letterDate->date, date);
        QCOMPARE(reading.letterDate->words, printed);
    }

    void periodForms_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QDate>("answerBy");
        QTest::addColumn<QString>("doubt");
        QTest::newRow("number word weeks")
            << u"binnen twee weken na dagtekening"_qs << QDate(2027, 1, 26) << QString();
        QTest::newRow("digits days") << u"binnen 14 dagen na dagtekening"_qs << QDate(2027, 1, 26)
                                     << QString();
        QTest::newRow("one week") << u"binnen een week na de dagtekening"_qs << QDate(2027, 1, 19)
                                  << QString();
        QTest::newRow("months") << u"binnen 1 maand na de datum van deze brief"_qs << QDate(2027, 2, 12)
                                << QString();
        QTest::newRow("start not stated")
            << u"binnen vier weken."_qs << QDate(2027, 2, 9) << u"periodStartNotStated"_qs;
        QTest::newRow("other start") << u"binnen vier weken na ontvangst van de documenten."_qs << QDate()
                                     << u"periodFromOtherDate"_qs;
        QTest::newRow("date and period agree")
            << u"binnen twee weken na dagtekening, dus uiterlijk 26 januari 2027"_qs << QDate(2027, 1, 26)
            << QString();
        QTest::newRow("date and period disagree")
            << u"binnen twee weken na dagtekening, dus uiterlijk 30 januari 2027"_qs << QDate(2027, 1, 26)
            << u"answerDatesDisagree"_qs;
    }
    void periodForms()
    {
        QFETCH(QString, sentence);
        QFETCH(QDate, answerBy);
        QFETCH(QString, doubt);
        const LetterReading reading = read(header() + u"Herstel verzuim\nStuur de documenten "_qs + sentence);
        QCOMPARE(reading.answerBy ? reading.answerBy->date : QDate(), answerBy);
        if (doubt.isEmpty())
            QVERIFY2(reading.doubts.isEmpty(), qPrintable(reading.doubts.join(u',')));
        else
            QVERIFY2(reading.doubts.contains(doubt), qPrintable(reading.doubts.join(u',')));
        QCOMPARE(isSure(reading), doubt.isEmpty());
    }

    void vNumberForms_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("vNumber");
        QTest::addColumn<bool>("unclear");
        QTest::newRow("plain") << u"V-nummer 1234567890"_qs << u"1234567890"_qs << false;
        QTest::newRow("colon and groups") << u"V-nummer: 12 3456 7890"_qs << u"1234567890"_qs << false;
        QTest::newRow("dots") << u"V-nr. 12.34.56.78.90"_qs << u"1234567890"_qs << false;
        QTest::newRow("long label") << u"Vreemdelingennummer 0987654321"_qs << u"0987654321"_qs << false;
        QTest::newRow("O read for 0") << u"V-nummer 1234567O90"_qs << u"1234567090"_qs << false;
        QTest::newRow("nine digits") << u"V-nummer 123456789"_qs << QString() << true;
        QTest::newRow("eleven digits") << u"V-nummer 12345678901"_qs << QString() << true;
        QTest::newRow("none") << u"Uw brief van 3 januari"_qs << QString() << false;
    }
    void vNumberForms()
    {
        QFETCH(QString, line);
        QFETCH(QString, vNumber);
        QFETCH(bool, unclear);
        const LetterReading reading =
            read(u"Immigratie- en Naturalisatiedienst\nDatum 12 januari 2027\nOns kenmerk "
                 "X-1\n"_qs +
                 line + u"\nOntvangstbevestiging"_qs);
        QCOMPARE(reading.vNumber, vNumber);
        QCOMPARE(reading.doubts.contains(u"vNumberUnclear"_qs), unclear);
    }

    void aCatPhotoIsNoIndLetter()
    {
        // What Tesseract makes of a photo of a cat on a sofa: a few stray letters.
        const LetterReading reading = read(u"~ ,. \\ oe | ae i\n= wv Ne) ’ 5\n\n— ee [se \"|\n"_qs, 0.21);
        QCOMPARE(reading.kind, LetterKind::Unknown);
        QVERIFY(!reading.looksLikeIndLetter);
        QVERIFY(reading.packLetterId.isEmpty());
        QVERIFY(!reading.letterDate);
        QVERIFY(!reading.answerBy);
        QVERIFY(reading.doubts.contains(u"notLikeIndLetter"_qs));
        QVERIFY(reading.doubts.contains(u"lowOcrConfidence"_qs));
        QVERIFY(!isSure(reading));
    }

    void aShoppingListWithADateIsNoIndLetter()
    {
        const LetterReading reading = read(u"Boodschappen 12-01-2027\nbrood, melk, vier appels binnen"_qs);
        QCOMPARE(reading.kind, LetterKind::Unknown);
        QVERIFY(!reading.looksLikeIndLetter);
        QVERIFY(!reading.answerBy);
    }

    void doubts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("doubt");
        QTest::newRow("no letter date")
            << u"Immigratie- en Naturalisatiedienst\nV-nummer 1234567890\nHerstel verzuim binnen vier weken na dagtekening"_qs
            << u"noLetterDate"_qs;
        QTest::newRow("impossible letter date")
            << header(u"31-02-2027"_qs) + u"Ontvangstbevestiging"_qs << u"invalidDate"_qs;
        QTest::newRow("letter date in future")
            << header(u"3 maart 2027"_qs) + u"Ontvangstbevestiging"_qs << u"dateInFuture"_qs;
        QTest::newRow("old letter") << header(u"3 maart 2019"_qs) + u"Ontvangstbevestiging"_qs
                                    << u"letterDateOld"_qs;
        QTest::newRow("two kinds") << header() + u"Herstel verzuim. Ontvangstbevestiging."_qs
                                   << u"twoKinds"_qs;
        QTest::newRow("no kind") << header() + u"Wij schrijven u over uw zaak."_qs << u"noKind"_qs;
        QTest::newRow("objection outcome unclear") << header() +
                u"Beslissing op bezwaar. Uw bezwaar is deels "
                "gegrond en deels ongegrond."_qs << u"objectionOutcomeUnclear"_qs;
        QTest::newRow("answer before letter date")
            << header() + u"Herstel verzuim. Stuur de documenten uiterlijk op 2 januari 2027."_qs
            << u"answerBeforeLetterDate"_qs;
        QTest::newRow("answer far away")
            << header() + u"Herstel verzuim. Stuur de documenten uiterlijk op 2 januari 2028."_qs
            << u"answerFarAway"_qs;
        QTest::newRow("two answer dates") << header() +
                u"Herstel verzuim. Stuur het paspoort uiterlijk op 2 februari 2027 en de akte "
                "uiterlijk op 9 februari 2027."_qs
                                          << u"severalAnswerDates"_qs;
        QTest::newRow("no answer date")
            << header() + u"Herstel verzuim. Stuur de documenten snel."_qs << u"noAnswerDate"_qs;
        QTest::newRow("receipt without decision date")
            << header() + u"Ontvangstbevestiging. Wij hebben uw aanvraag ontvangen."_qs
            << u"noDecisionDate"_qs;
        QTest::newRow("two letter dates")
            << header() + u"Datum 13 januari 2027\nOntvangstbevestiging"_qs << u"twoLetterDates"_qs;
        QTest::newRow("low OCR confidence")
            << header() + u"Ontvangstbevestiging"_qs << u"lowOcrConfidence"_qs;
    }
    void doubts()
    {
        QFETCH(QString, text);
        QFETCH(QString, doubt);
        const double ocr = doubt == u"lowOcrConfidence" ? 0.4 : 0.95;
        const LetterReading reading = read(text, ocr);
        QVERIFY2(reading.doubts.contains(doubt), qPrintable(reading.doubts.join(u',')));
        QVERIFY(!isSure(reading));
    }

    void twoKindsTiedIsNoKind()
    {
        const LetterReading reading = read(header() + u"Herstel verzuim. Ontvangstbevestiging."_qs);
        QCOMPARE(reading.kind, LetterKind::Unknown);
        QVERIFY(reading.packLetterId.isEmpty());
    }

    void anUnclearObjectionOutcomeHasNoPackLetter()
    {
        const LetterReading reading = read(header() +
                                           u"Beslissing op bezwaar. Uw bezwaar is deels gegrond en "
                                           "deels ongegrond."_qs);
        QCOMPARE(reading.kind, LetterKind::ObjectionDecision);
        QVERIFY(reading.packLetterId.isEmpty());
    }

    void accentsAndLineBreaksDoNotMatter()
    {
        const LetterReading reading =
            read(header() + u"HERSTEL\nVERZUIM\nStuur de documenten vóór 1 februari 2027."_qs);
        QCOMPARE(reading.kind, LetterKind::MissingItems);
        QCOMPARE(reading.answerBy->date, QDate(2027, 2, 1));
    }

    void kindNamesRoundTrip()
    {
        for (int i = 0; i <= int(LetterKind::Unknown); ++i)
            QCOMPARE(kindFromName(kindName(LetterKind(i))), LetterKind(i));
        QCOMPARE(kindName(LetterKind::ObjectionDecision), u"objectionDecision"_qs);
        QCOMPARE(kindFromName(u"cat"_qs), LetterKind::Unknown);
    }

    void anEmptyPackReadsNothing()
    {
        const LetterReading reading = readLetterText(header(), LetterPatterns(), 1, kToday);
        QCOMPARE(reading.kind, LetterKind::Unknown);
        QVERIFY(!reading.letterDate);
    }
};

QTEST_GUILESS_MAIN(TestLetterReading)
#include "tst_letterreading.moc"
