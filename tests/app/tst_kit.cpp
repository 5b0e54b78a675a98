#include "dossierevents.h"
#include "kit/kitbuilder.h"
#include "kit/kitcontroller.h"
#include "kit/kitpdf.h"
#include "kit/kitview.h"
#include "languagecontroller.h"
#include "locale/dateformatter.h"
#include "locale/languages.h"
#include "platform/sharesheet.h"
#include "rules/pack.h"
#include "support/vaulttestsupport.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace samen;

namespace {

const QStringList languages { u"ar"_qs, u"ti"_qs, u"fa_AF"_qs, u"nl"_qs, u"en"_qs };

// What survives of @p text in Qt's PDF text layer: it drops the glyphs it cannot map back to one
// character, the lam-alef ligature (ل + ا) and the Persian ۴ and ۷ (shared glyphs), though they print
// (look at `pdftoppm -png`), and the zero-width non-joiner of Dari words. Both sides of a comparison drop
// them.
QString skeleton(const QString &text)
{
    QString kept = text.normalized(QString::NormalizationForm_KC);
    kept.remove(
        QRegularExpression(u"[\\x{0644}\\x{0627}\\x{0623}\\x{0625}\\x{0622}\\x{06F4}\\x{06F7}\\x{200C}]"_qs));
    return kept;
}

// The words of @p text, each as the text layer holds it.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(QRegularExpression(u"[\\s()/]+"_qs), Qt::SkipEmptyParts)) {
        if (!skeleton(word).isEmpty())
            words << skeleton(word);
    }
    return words;
}

// pdftotext's text: Qt's PDF writer maps shaped Arabic glyphs to presentation forms and poppler
// wraps right-to-left runs in embedding marks; NFKC and removing the marks give the letters back.
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_qs, { u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs });
    if (!process.waitForFinished(30000))
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.remove(QRegularExpression(u"[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{200E}\\x{200F}]"_qs));
    return skeleton(text);
}

int pageCount(const QString &pdf)
{
    QProcess process;
    process.start(u"pdfinfo"_qs, { pdf });
    process.waitForFinished(30000);
    const QRegularExpression pages(u"Pages:\\s+(\\d+)"_qs);
    return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

} // namespace

// The kit for one family member abroad: their names, papers and dates in the language they read,
// nothing of anyone else, as a one-page PDF whose text layer holds exactly that.
class TestKit : public QObject
{
    Q_OBJECT

    std::optional<rules::RulePack> m_pack;
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    qint64 m_memberId = 0;
    qint64 m_otherId = 0;
    const QDate m_today { 2026, 12, 6 };

    vault::Database &db() { return *m_vault->database(); }

    bool addStage(qint64 memberId, const char *stage, const char *date)
    {
        dossier::StageEvent event { 0, memberId, QString::fromLatin1(stage), QString::fromLatin1(date), {} };
        return vault::TimelineRepository(db()).save(event);
    }
    bool addLetter(qint64 memberId, const char *date, const QString &label)
    {
        dossier::Deadline deadline { 0, memberId, u"letter"_qs, QString::fromLatin1(date), false, label, {} };
        return vault::TimelineRepository(db()).save(deadline);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pack = rules::loadPackFile(u":/rules/nl.json"_qs).pack;
        QVERIFY(m_pack);
        m_vault = vault::testsupport::createdVault(m_dir.filePath(u"v"_qs));
        QVERIFY(m_vault);
        vault::PeopleRepository people(db());
        dossier::Referent referent { 0, u"CANARY-REFERENT"_qs, u"Canary Referent"_qs, {}, u"ER"_qs, {} };
        QVERIFY(people.save(referent));
        dossier::FamilyMember member {
            0, referent.id, u"spouse"_qs, u"ሰላም ተስፋይ"_qs, u"Selam Tesfay"_qs, {}, u"ER"_qs, u"m1"_qs, {}
        };
        dossier::FamilyMember other {
            0,  referent.id, u"child"_qs, u"CANARY-OTHER نرجس"_qs, u"Canary Other"_qs,
            {}, u"ER"_qs,    u"m2"_qs,    u"CANARY-NOTE"_qs
        };
        QVERIFY(people.save(member));
        QVERIFY(people.save(other));
        m_memberId = member.id;
        m_otherId = other.id;
        // Her steps: a yes on 5 October, the mvv on 1 December; the other's yes in March (a canary date).
        QVERIFY(addStage(m_memberId, "granted", "2026-10-05"));
        QVERIFY(addStage(m_memberId, "mvvIssued", "2026-12-01"));
        QVERIFY(addStage(m_otherId, "granted", "2026-03-03"));
        QVERIFY(addStage(m_otherId, "mvvIssued", "2026-04-14"));
        QVERIFY(addStage(m_otherId, "arrived", "2026-05-20"));
        QVERIFY(addLetter(m_memberId, "2027-02-10", u"Embassy letter"_qs));
        QVERIFY(addLetter(m_otherId, "2027-02-17", u"CANARY-LETTER"_qs));
        dossier::Document passport { 0, m_memberId, u"identity"_qs, dossier::DocumentStatus::Have, {}, {} };
        dossier::Document marriage {
            0, m_memberId, u"marriageCertificate"_qs, dossier::DocumentStatus::Missing, {}, {}
        };
        dossier::Document birth {
            0, m_otherId, u"birthCertificate"_qs, dossier::DocumentStatus::Ready, u"CANARY-DOC"_qs, {}
        };
        vault::DocumentRepository documents(db());
        QVERIFY(documents.save(passport) && documents.save(marriage) && documents.save(birth));
    }

    void datesComeFromThePackAndHerSteps()
    {
        const kit::Kit made = kit::buildKit(db(), *m_pack, m_memberId, u"en"_qs, m_today);
        QCOMPARE(made.language, u"en"_qs);
        QVERIFY(!made.rightToLeft);
        QCOMPARE(made.name, u"ሰላም ተስፋይ"_qs);
        QCOMPARE(made.sections.size(), 4);
        const kit::KitSection &who = made.sections.at(0);
        QCOMPARE(who.items.at(0), (kit::KitItem { u"Name"_qs, u"ሰላም ተስፋይ"_qs }));
        QCOMPARE(who.items.at(1),
                 (kit::KitItem { u"Name in the passport (Latin letters)"_qs, u"Selam Tesfay"_qs }));
        const kit::KitSection &papers = made.sections.at(1);
        QCOMPARE(papers.items.size(), 2);
        QCOMPARE(papers.items.at(0).value, u"Passport or ID card"_qs);
        QCOMPARE(papers.items.at(1).value, u"Marriage certificate"_qs);
        const kit::KitSection &dates = made.sections.at(2);
        const auto &formatter = locale::DateFormatter::forLanguage(u"en"_qs);
        const auto valueOf = [&](const QString &label) {
            for (const kit::KitItem &item : dates.items) {
                if (item.label == label)
                    return item.value;
            }
            return QString();
        };
        QCOMPARE(valueOf(u"Appointment at the embassy"_qs),
                 u"The embassy gives you this date. Write it here: ________"_qs);
        // Collect the mvv: 3 months from the yes; travel: 90 days from the mvv (the pack's offsets).
        QCOMPARE(valueOf(u"Collect the MVV at the embassy"_qs),
                 u"%1 (done)"_qs.arg(formatter.format(QDate(2027, 1, 5)).oneLine()));
        QCOMPARE(valueOf(u"Travel to the Netherlands (MVV valid until)"_qs),
                 formatter.format(QDate(2027, 3, 1)).oneLine());
        // Not arrived yet: the report to the IND says which step it counts from, and invents no date.
        QCOMPARE(valueOf(u"Report to IND Zevenaar (3 days after arrival)"_qs),
                 u"Not known yet. It is counted from this step: %1."_qs.arg(
                     locale::isolated(u"Arrived in the Netherlands"_qs)));
        QCOMPARE(valueOf(u"Date from a letter"_qs),
                 formatter.format(QDate(2027, 2, 10)).oneLine() + u"\n"_qs +
                     locale::isolated(u"“Embassy letter”"_qs));
        QVERIFY(made.footer.contains(formatter.format(m_today).oneLine()));
    }

    void anEmbassyAppointmentOnceEnteredIsItsDate()
    {
        QVERIFY(addStage(m_memberId, "embassyAppointment", "2026-11-20"));
        const kit::Kit made = kit::buildKit(db(), *m_pack, m_memberId, u"en"_qs, m_today);
        const kit::KitSection &dates = made.sections.at(2);
        QCOMPARE(dates.items.at(0).label, u"Appointment at the embassy"_qs);
        QCOMPARE(dates.items.at(0).value,
                 locale::DateFormatter::forLanguage(u"en"_qs).format(QDate(2026, 11, 20)).oneLine());
    }

    void aMemberWithoutChecklistGetsThePackPapersOfTheirRelation()
    {
        vault::PeopleRepository people(db());
        dossier::FamilyMember parent {
            0, people.referents().first().id, u"parent"_qs, {}, {}, {}, u"ER"_qs, {}, {}
        };
        QVERIFY(people.save(parent));
        const kit::Kit made = kit::buildKit(db(), *m_pack, parent.id, u"en"_qs, m_today);
        QCOMPARE(made.name, u"Father or mother"_qs);
        QStringList papers;
        for (const kit::KitItem &item : made.sections.at(1).items)
            papers << item.value;
        QVERIFY2(papers.contains(u"Passport or ID card"_qs), qPrintable(papers.join(u", "_qs)));
        QVERIFY2(papers.contains(u"Birth certificate"_qs), qPrintable(papers.join(u", "_qs)));
        const kit::KitSection &dates = made.sections.at(2);
        for (const kit::KitItem &item : dates.items) // no step entered: no date is made up
            QVERIFY2(!item.value.contains(QRegularExpression(u"\\d"_qs)), qPrintable(item.value));
        QVERIFY(people.removeMember(parent.id));
        QVERIFY(kit::buildKit(db(), *m_pack, parent.id, u"en"_qs, m_today).isEmpty());
    }

    void pdfHoldsHerKitAndNothingOfTheOthers_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void pdfHoldsHerKitAndNothingOfTheOthers()
    {
        QFETCH(QString, language);
        const kit::Kit made = kit::buildKit(db(), *m_pack, m_memberId, language, m_today);
        QCOMPARE(made.language, language);
        QCOMPARE(made.rightToLeft, language == u"ar" || language == u"fa_AF");
        const QString path = m_dir.filePath(u"kit-%1.pdf"_qs.arg(language));
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(kit::writeKitPdf(made, path, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("SAMEN_KIT_KEEP"))
            QFile::copy(path, qEnvironmentVariable("SAMEN_KIT_KEEP") + u"/kit-"_qs + language + u".pdf"_qs);
        const qint64 elapsed = timer.elapsed();
        qInfo("kit %s: %lld bytes, written in %lld ms", qPrintable(language), QFileInfo(path).size(),
              elapsed);
        QCOMPARE(pageCount(path), 1);
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"ሰላም ተስፋይ"_qs), qPrintable(text)); // her name in her own script
        QVERIFY(text.contains(u"Selam Tesfay"_qs));
        QVERIFY(text.contains(u"Embassy letter"_qs));
        // The dates in her language's digits and month names, with the month's number.
        const auto &formatter = locale::DateFormatter::forLanguage(language);
        for (const QDate date : { QDate(2027, 1, 5), QDate(2027, 3, 1), QDate(2027, 2, 10) }) {
            for (const QString &word : wordsOf(formatter.formatGregorian(date)))
                QVERIFY2(text.contains(word),
                         qPrintable(word + u" of "_qs + formatter.formatGregorian(date)));
        }
        // The headings in her language, not the app's.
        for (const kit::KitSection &section : made.sections) {
            for (const QString &word : wordsOf(section.heading))
                QVERIFY2(text.contains(word), qPrintable(word));
        }
        for (const QString &canary : { u"CANARY"_qs, u"Canary"_qs, u"نرجس"_qs })
            QVERIFY2(!text.contains(skeleton(canary)), qPrintable(canary));
        // The other member's dates: their mvv by 3 June, travel by 13 July, the IND by 23 May.
        for (const QDate date :
             { QDate(2026, 6, 3), QDate(2026, 7, 13), QDate(2026, 5, 23), QDate(2027, 2, 17) })
            QVERIFY2(!text.contains(formatter.formatGregorian(date)),
                     qPrintable(formatter.formatGregorian(date)));
    }

    // Android's share sheet gets the PDF from memory: her kit only, a name-free file name, and
    // nothing written to disk. Without a share sheet (Linux) the page offers saving only.
    void theShareSheetGetsHerKitFromMemory()
    {
        LanguageController app(nullptr);
        QVERIFY(app.apply(u"en"_qs));
        DossierEvents events;
        KitController kits(app, events, nullptr);
        kits.setDatabase(&db());
        KitView without(kits);
        without.setMemberId(m_memberId);
        QVERIFY(!without.canShare());
        QVERIFY(!without.sharePdf());
        QVERIFY(without.message().contains(u"Save it as a PDF"_qs));

        platform::RecordingShareSheet sheet;
        kits.setShareSheet(&sheet);
        KitView view(kits);
        view.setMemberId(m_memberId);
        QVERIFY(view.canShare());
        const QStringList filesBefore = QDir(QDir::tempPath()).entryList(QDir::Files);
        QVERIFY2(view.sharePdf(), qPrintable(view.message()));
        QCOMPARE(QDir(QDir::tempPath()).entryList(QDir::Files), filesBefore);
        QCOMPARE(sheet.timesShared(), 1);
        QCOMPARE(sheet.mimeType(), u"application/pdf"_qs);
        QCOMPARE(sheet.fileName(), view.suggestedFileName());
        QVERIFY(!sheet.fileName().contains(u"Selam"_qs));
        QVERIFY(sheet.bytes().startsWith("%PDF-"));
        QVERIFY(!sheet.title().isEmpty());
        // What left the phone, read back as the receiving app would.
        const QString copy = m_dir.filePath(u"shared.pdf"_qs);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(sheet.bytes()) == sheet.bytes().size());
        file.close();
        QCOMPARE(pageCount(copy), 1);
        const QString text = pdfText(copy);
        QVERIFY2(text.contains(u"Selam Tesfay"_qs), qPrintable(text));
        for (const QString &canary : { u"CANARY"_qs, u"Canary"_qs, u"نرجس"_qs })
            QVERIFY2(!text.contains(skeleton(canary)), qPrintable(canary));
        sheet.forget();
        QVERIFY(sheet.bytes().isEmpty());
    }

    void readingLanguageIsStoredAndFollowed()
    {
        LanguageController app(nullptr);
        QVERIFY(app.apply(u"nl"_qs));
        DossierEvents events;
        KitController kits(app, events, nullptr);
        kits.setDatabase(&db());
        KitView view(kits);
        view.setMemberId(m_memberId);
        QVERIFY(view.exists());
        QCOMPARE(view.language(), u"nl"_qs); // nothing chosen: the app's language
        QCOMPARE(view.title(), u"Voor %1"_qs.arg(locale::isolated(u"ሰላም ተስፋይ"_qs)));
        QSignalSpy stored(&events, &DossierEvents::readingLanguageChanged);
        view.setLanguage(u"ti"_qs);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).at(0).toLongLong(), m_memberId);
        QCOMPARE(view.language(), u"ti"_qs);
        QCOMPARE(vault::PeopleRepository(db()).member(m_memberId)->readingLanguage, u"ti"_qs);
        QCOMPARE(vault::PeopleRepository(db()).member(m_otherId)->readingLanguage, QString());
        QVERIFY(view.title().startsWith(u"ን"_qs));
        QVERIFY(app.apply(u"en"_qs)); // the app's language no longer matters once chosen
        QCOMPARE(view.language(), u"ti"_qs);
        QCOMPARE(app.language(), u"en"_qs);
        // The preview rows are the kit's words: headings and lines, in order.
        const kit::Kit made = kits.kit(m_memberId);
        int row = 0;
        for (const kit::KitSection &section : made.sections) {
            QCOMPARE(view.rows()->rowAt(row).value, section.heading);
            QVERIFY(view.rows()->rowAt(row++).heading);
            for (const kit::KitItem &item : section.items) {
                QCOMPARE(view.rows()->rowAt(row).label, item.label);
                QCOMPARE(view.rows()->rowAt(row++).value, item.value);
            }
        }
        QCOMPARE(view.rows()->rowCount(), row);
        view.setLanguage(u"xx"_qs); // not one of the five: refused, nothing stored
        QCOMPARE(view.language(), u"ti"_qs);
        QVERIFY(!view.message().isEmpty());
        QVERIFY(kits.setReadingLanguage(m_memberId, QString()) == false);
        QVERIFY(kits.setReadingLanguage(m_memberId, u"en"_qs));
        kits.setDatabase(nullptr);
        QVERIFY(!view.exists());
    }
};

QTEST_MAIN(TestKit)
#include "tst_kit.moc"
