#include "demo/demovault.h"
#include "kit/kitcontroller.h"
#include "locale/languages.h"
#include "screenshots.h"
#include "support/uidriver.h"
#include "support/uitestsession.h"
#include "uiinspector.h"
#include "vault/peoplerepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The kit page as the user reaches it: from a family member's page, in each language and phone
// size with the layout checks; a language picked for the member; the PDF saved through the chooser.
class TestKitPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<UiTestSession> m_session;
    QQuickWindow *m_window = nullptr;
    std::unique_ptr<UiDriver> m_ui;
    QString m_documents;
    samen::dossier::FamilyMember m_member;

    [[nodiscard]] QQuickItem *named(const QString &name) const { return m_ui->named(name); }
    [[nodiscard]] KitController &kits() const { return m_session->services().kits(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", QFile::encodeName(m_dir.filePath(u"home"_qs)));
        m_documents = m_dir.filePath(u"home/Documents"_qs);
        QVERIFY(QDir().mkpath(m_documents));
        const QString vaultFolder = m_dir.filePath(u"vault"_qs);
        QString problem;
        QVERIFY2(samen::demo::createDemoVault(vaultFolder, samen::demo::Household::Eritrea,
                                              QDate::currentDate(), &problem),
                 qPrintable(problem));
        UiTestSession::Options options;
        options.vaultFolder = vaultFolder;
        options.demoPin = samen::demo::pin.toString();
        options.shareSheet = true; // as on a phone: "Send the PDF" beside "Save as PDF"
        m_session = std::make_unique<UiTestSession>(options);
        QVERIFY(m_session->languages().apply(u"en"_qs));
        m_window = m_session->window();
        QVERIFY(m_window);
        m_ui = std::make_unique<UiDriver>(m_window);
        VaultController &vault = m_session->vault();
        vault.unlock(samen::demo::pin.toString());
        QTRY_COMPARE_WITH_TIMEOUT(vault.state(), VaultController::Unlocked, 60000);
        samen::vault::PeopleRepository people(*vault.database());
        m_member = people.members(people.referents().constFirst().id).constFirst();
        QVERIFY(!m_member.name.isEmpty());
    }

    void cleanupTestCase() { m_session.reset(); }

    void openedFromTheMemberPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const auto &language : samen::locale::supportedLanguages()) {
            for (const QSize &size : Screenshots::phoneSizes())
                QTest::addRow("%s %dx%d", qPrintable(language.code), size.width(), size.height())
                    << language.code << size;
        }
    }
    void openedFromTheMemberPage()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(m_session->languages().apply(language));
        QVERIFY(kits().setReadingLanguage(m_member.id, language));
        m_window->resize(size);
        QVERIFY(UiInspector::showPage(m_window, u"member"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        m_ui->tapNamed(u"kitButton"_qs);
        QQuickItem *title = named(u"kitTitle"_qs);
        QVERIFY2(title, "the kit page did not open");
        QVERIFY(title->property("text").toString().contains(m_member.name));
        // The preview holds exactly the kit's lines, in the member's language.
        const samen::kit::Kit kit = kits().kit(m_member.id);
        QCOMPARE(kit.language, language);
        qsizetype lines = 0;
        for (const samen::kit::KitSection &section : kit.sections)
            lines += section.items.size();
        QCOMPARE(m_ui->countNamed(u"kitLine"_qs), int(lines));
        QCOMPARE(m_ui->countNamed(u"kitHeading"_qs), int(kit.sections.size()));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // SAMEN_KIT_SHOTS=dir: the whole page at once, preview included, to look at.
        if (qEnvironmentVariableIsSet("SAMEN_KIT_SHOTS")) {
            m_window->resize(size.width(), 4 * size.height());
            UiInspector::renderFrame(m_window).save(
                QDir(qEnvironmentVariable("SAMEN_KIT_SHOTS"))
                    .filePath(u"kitpage-%1-%2x%3.png"_qs.arg(language).arg(size.width()).arg(size.height())));
        }
    }

    // The app in English, the member reads Tigrinya: picked on the page, stored, saved as a PDF.
    void languagePickedAndSaved()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        QVERIFY(kits().setReadingLanguage(m_member.id, u"en"_qs));
        m_window->resize(720, 1280); // Qt's chooser is laid out for a desktop
        QVERIFY(UiInspector::showPage(m_window, u"kit"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QVERIFY(named(u"kitTitle"_qs)->property("text").toString().startsWith(u"For "_qs));
        m_ui->tapNamed(u"kitLanguage_ti"_qs);
        QCOMPARE(kits().readingLanguage(m_member.id), u"ti"_qs);
        QTRY_VERIFY(named(u"kitTitle"_qs)->property("text").toString().startsWith(u"ን"_qs));
        QCOMPARE(m_session->languages().language(), u"en"_qs); // the app's language stays
        QVERIFY(named(u"notLockedWarning"_qs));
        m_ui->tapNamed(u"saveKitPdf"_qs);
        m_ui->complete(QString(), u"kit.pdf"_qs, u"Save"_qs);
        const QString path = QDir(m_documents).filePath(u"kit.pdf"_qs);
        QTRY_VERIFY(QFile::exists(path));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_qs, { u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs });
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(m_member.name), qPrintable(text));
        QVERIFY(text.contains(u"ክትዝክርዎም ዘለኩም ዕለታት"_qs)); // "Dates to keep" in Tigrinya
        QVERIFY(QFile::permissions(path).testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFile::permissions(path).testFlag(QFileDevice::ReadOther));
    }

    // On a phone: "Send the PDF" hands the kit to the share sheet from memory, after the warning.
    void sentThroughTheShareSheet()
    {
        QVERIFY(m_session->languages().apply(u"ar"_qs));
        QVERIFY(kits().setReadingLanguage(m_member.id, u"ti"_qs));
        m_window->resize(360, 640);
        QVERIFY(UiInspector::showPage(m_window, u"kit"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QVERIFY(named(u"notLockedWarning"_qs));
        samen::platform::RecordingShareSheet *sheet = m_session->shareSheet();
        QVERIFY(sheet);
        const int before = sheet->timesShared();
        m_ui->tapNamed(u"shareKitPdf"_qs);
        QCOMPARE(sheet->timesShared(), before + 1);
        QVERIFY(sheet->bytes().startsWith("%PDF-"));
        QCOMPARE(sheet->mimeType(), u"application/pdf"_qs);
        QVERIFY(!sheet->fileName().contains(m_member.name));
        QVERIFY(!sheet->title().isEmpty());
        QVERIFY(sheet->title() != u"Send the PDF with"_qs); // the sheet's title in Arabic
        // Locking takes it back: no app can read it any more.
        m_session->vault().lock();
        QVERIFY(sheet->bytes().isEmpty());
        m_session->vault().unlock(samen::demo::pin.toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_session->vault().state(), VaultController::Unlocked, 60000);
        QVERIFY(m_session->languages().apply(u"en"_qs));
    }
};

QTEST_MAIN(TestKitPage)
#include "tst_kitpage.moc"
