#include <QDate>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// `samen --demo --export-summary FILE.pdf` as a user (or a CI job) runs it, checked with
// poppler: the text (Latin, Arabic and Ethiopic names, Dutch dates), the pages (count, none
// empty) and the fonts (all embedded).
class TestSummaryPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDate m_today;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    [[nodiscard]] static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000)) {
            qWarning("%s did not finish: %s", qPrintable(program), qPrintable(process.errorString()));
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    [[nodiscard]] QString exportPdf(const QString &household, const QString &language)
    {
        const QString pdf = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(household, language));
        m_today = QDate::currentDate();
        const Run result = run(QStringLiteral(SAMEN_EXECUTABLE),
                               { u"--demo"_qs, u"--demo-household"_qs, household, u"--export-summary"_qs, pdf,
                                 u"--lang"_qs, language });
        return result.exitCode == 0 && QFile::exists(pdf) ? pdf : QString();
    }

    // Qt's PDF writer maps shaped Arabic glyphs back to Unicode presentation forms (the fonts'
    // cmap has them) and poppler wraps right-to-left runs in embedding marks: NFKC gives the
    // letters back; the order must already be the logical one.
    [[nodiscard]] static QString text(const QString &pdf)
    {
        QString extracted = run(u"pdftotext"_qs, { u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs }).out;
        extracted.remove(QRegularExpression(u"[\\x{202A}-\\x{202E}]"_qs));
        return extracted.normalized(QString::NormalizationForm_KC);
    }

    [[nodiscard]] static int pageCount(const QString &pdf)
    {
        const QRegularExpression pages(u"Pages:\\s+(\\d+)"_qs);
        return pages.match(run(u"pdfinfo"_qs, { pdf }).out).captured(1).toInt();
    }

    // The IND's decision period of the demo's application, filed 10 days ago: 3 months.
    [[nodiscard]] QString decisionDue() const
    {
        return m_today.addDays(-10).addMonths(3).toString(u"dd-MM-yyyy"_qs);
    }

    [[nodiscard]] QString dutch(int daysFromToday) const
    {
        return m_today.addDays(daysFromToday).toString(u"dd-MM-yyyy"_qs);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void syrianFamilyInDutch()
    {
        const QString pdf = exportPdf(u"syria"_qs, u"nl"_qs);
        QVERIFY(!pdf.isEmpty());
        const QString content = text(pdf);
        for (const QString &expected :
             { u"Mohammed Al-Hassan"_qs, u"Fatima Al-Hassan"_qs, u"Omar Al-Hassan"_qs, u"Lina Al-Hassan"_qs,
               u"Yusuf Al-Hassan"_qs, u"Gezinsleden"_qs, dutch(-40), dutch(12), decisionDue(),
               u"Pagina 1/"_qs, u"Gemaakt op "_qs + dutch(0), u"Regels van "_qs })
            QVERIFY2(content.contains(expected), qPrintable(expected));
        for (const QString &arabic : { u"محمد الحسن"_qs, u"فاطمة الحسن"_qs, u"لينا الحسن"_qs })
            QVERIFY2(content.contains(arabic), qPrintable(u"Arabic name in logical order: "_qs + arabic));
        QVERIFY(!content.contains(u"Family members"_qs)); // Dutch app: Dutch labels only
    }

    // The PDF holds the family in plain text: owner-only, even under the usual umask 022.
    void summaryIsOwnerOnly()
    {
        const mode_t previous = ::umask(022); // inherited by the exporting process
        const QString pdf = exportPdf(u"syria"_qs, u"en"_qs);
        ::umask(previous);
        QVERIFY(!pdf.isEmpty());
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(pdf).constData(), &status), 0);
        QCOMPARE(int(status.st_mode & 0777), 0600);
    }

    void labelsBesideInTheAppLanguage()
    {
        const QString pdf = exportPdf(u"syria"_qs, u"en"_qs);
        QVERIFY(!pdf.isEmpty());
        QVERIFY(text(pdf).contains(u"Gezinsleden / Family members"_qs));
    }

    void eritreanFamilyInTigrinyaScript()
    {
        const QString pdf = exportPdf(u"eritrea"_qs, u"ti"_qs);
        QVERIFY(!pdf.isEmpty());
        const QString content = text(pdf);
        for (const QString &expected : { u"Dawit Tesfay"_qs, u"Saba Kidane"_qs, u"Helen Tesfay"_qs,
                                         u"ዳዊት ተስፋይ"_qs, u"ሳባ ኪዳነ"_qs, u"ሄለን ተስፋይ"_qs, dutch(-150) })
            QVERIFY2(content.contains(expected), qPrintable(expected));
    }

    void everyPageHasContent_data()
    {
        QTest::addColumn<QString>("household");
        QTest::addColumn<int>("pages");
        QTest::newRow("syria") << u"syria"_qs << 4; // with birth dates
        QTest::newRow("eritrea") << u"eritrea"_qs << 3;
    }
    void everyPageHasContent()
    {
        QFETCH(QString, household);
        QFETCH(int, pages);
        const QString pdf = exportPdf(household, u"ar"_qs);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pageCount(pdf), pages);
        const QString prefix = m_dir.filePath(household + u"-page"_qs);
        QCOMPARE(run(u"pdftoppm"_qs, { u"-r"_qs, u"40"_qs, u"-gray"_qs, pdf, prefix }).exitCode, 0);
        const QStringList images =
            QDir(m_dir.path()).entryList({ household + u"-page*.pgm"_qs }, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), pages);
        for (const QString &name : images) {
            const QImage image(m_dir.filePath(name));
            QVERIFY(!image.isNull());
            int dark = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
            }
            // The footer is drawn in mid grey (not counted): a page with only its footer is empty.
            QVERIFY2(dark > 50, qPrintable(name + u" looks empty"_qs));
        }
    }

    void fontsAreEmbedded()
    {
        const QString pdf = exportPdf(u"eritrea"_qs, u"fa_AF"_qs);
        QVERIFY(!pdf.isEmpty());
        const QStringList lines = run(u"pdffonts"_qs, { pdf }).out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(lines.size() >= 2);
        QStringList names;
        for (const QString &line : lines) {
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            names.append(columns.at(0));
            QCOMPARE(columns.at(columns.size() - 5), u"yes"_qs); // emb
        }
        QVERIFY2(names.join(u' ').contains(u"Ethiopic"_qs), qPrintable(names.join(u' ')));
        QVERIFY2(names.join(u' ').contains(u"Arabic"_qs), qPrintable(names.join(u' ')));
    }

    void failuresSayWhyAndExitNonZero()
    {
        const Run unwritable = run(QStringLiteral(SAMEN_EXECUTABLE),
                                   { u"--demo"_qs, u"--export-summary"_qs, u"/nonexistent/folder/x.pdf"_qs });
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.contains(u"cannot write"_qs));
        const Run withoutDemo =
            run(QStringLiteral(SAMEN_EXECUTABLE), { u"--export-summary"_qs, m_dir.filePath(u"y.pdf"_qs) });
        QCOMPARE(withoutDemo.exitCode, 2);
        QVERIFY(withoutDemo.err.contains(u"--demo"_qs));
        QVERIFY(!QFile::exists(m_dir.filePath(u"y.pdf"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestSummaryPdf)
#include "tst_summarypdf.moc"
