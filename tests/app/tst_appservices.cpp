#include "appservices.h"
#include "family/memberview.h"
#include "support/documenttestsupport.h"
#include "support/interviewsteps.h"
#include "support/signalwait.h"
#include "support/testplatform.h"

#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using samen::documents::testsupport::twoColourImage;

// The composition root itself: the real AppServices on a test platform, driven through its
// services the way the pages drive them. Every check is on what a page would show (members,
// deadlines, a paper's pages), not on which signal carried it, so that it holds however the
// services learn of each other's changes.
class TestAppServices : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MemberView> m_member;
    const QDate m_today { 2026, 3, 1 };

    [[nodiscard]] bool waitForVault(QSignalSpy &finished)
    {
        return samen::testsupport::waitForFinished(finished,
                                                   [this] { return !m_services->vault().isBusy(); });
    }

    [[nodiscard]] bool createVault()
    {
        VaultController &vault = m_services->vault();
        QSignalSpy finished(&vault, &VaultController::finished);
        vault.setUp(u"135790"_qs, false);
        return waitForVault(finished) && finished.constLast().at(1).toBool() &&
            vault.state() == VaultController::Unlocked;
    }

    // A referent recognised 2026-01-10 (the 3-month window ends on 10 April) and a partner.
    void answerTheSponsorAndAPartner()
    {
        InterviewController &interview = m_services->interview();
        interviewsteps::answerReferent(interview, u"2026-01-10"_qs, u"refugee"_qs);
        QVERIFY(interview.addMember(u"spouse"_qs));
        interviewsteps::answerAll(interview, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(!QTest::currentTestFailed());
    }

    // The first paper of the first member, as the member page shows it: one view for the test,
    // which follows the services' announcements.
    [[nodiscard]] const ChecklistRow *firstPaper()
    {
        FamilyController &family = m_services->family();
        if (family.members()->rowCount() == 0)
            return nullptr;
        if (!m_member)
            m_member = std::make_unique<MemberView>(family);
        m_member->setMemberId(family.firstMemberId());
        ChecklistModel *checklist = m_member->checklist();
        return checklist->rowCount() > 0 ? &checklist->rowAt(0) : nullptr;
    }

    // AppServices on a test platform whose clock stands at m_today; @p idleTimeout 0: the default.
    void startServices(std::chrono::milliseconds idleTimeout)
    {
        m_member.reset();
        m_services.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto platform = samen::testsupport::testPlatform(QDateTime(m_today, QTime(10, 0), Qt::UTC));
        platform.idleTimeout = idleTimeout;
        m_services =
            std::make_unique<AppServices>(m_dir->filePath(u"vault"_qs), QString(), std::move(platform));
        m_services->interview().setToday(m_today);
        m_services->family().setToday(m_today);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { startServices(std::chrono::milliseconds(0)); }

    void cleanup()
    {
        m_member.reset();
        m_services.reset();
        m_dir.reset();
    }

    // PRIVACY-2: the chosen language (and every other setting) says something about the user; after
    // an erase no settings file keeps it, and the next start asks for the language again.
    void eraseForgetsTheSettings()
    {
        QVERIFY(createVault());
        m_services->languages().choose(u"ti"_qs);
        QSettings().setValue(u"text/percent"_qs, 150);
        QSettings().sync();
        QVERIFY(m_services->languages().isChosen());
        QVERIFY(QFile::exists(QSettings().fileName()));
        QSignalSpy chosen(&m_services->languages(), &LanguageController::chosenChanged);
        QSignalSpy finished(&m_services->vault(), &VaultController::finished);
        m_services->vault().erase();
        QVERIFY(waitForVault(finished));
        QVERIFY(finished.constLast().at(1).toBool());
        QCOMPARE(chosen.count(), 1);
        QVERIFY(!m_services->languages().isChosen());
        QCOMPARE(m_services->languages().language(), u"ti"_qs); // the screen stays readable
        QSettings settings;
        QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(u", "_qs)));
        QFile file(settings.fileName());
        QVERIFY(!file.exists() || (file.open(QIODevice::ReadOnly) && !file.readAll().contains("ti")));
    }

    // One digit system per text: the demo banner's PIN in the reader's digits.
    void digitsAreTheLanguagesOwn()
    {
        LanguageController &languages = m_services->languages();
        QVERIFY(languages.apply(u"ar"_qs));
        QCOMPARE(languages.inOwnDigits(u"PIN: 246810"_qs), u"PIN: ٢٤٦٨١٠"_qs);
        QVERIFY(languages.apply(u"fa_AF"_qs));
        QCOMPARE(languages.inOwnDigits(u"012"_qs), u"۰۱۲"_qs);
        QVERIFY(languages.apply(u"ti"_qs));
        QCOMPARE(languages.inOwnDigits(u"246810"_qs), u"246810"_qs);
    }

    void theOpenVaultReachesEveryService()
    {
        QCOMPARE(m_services->vault().state(), VaultController::NoVault);
        QVERIFY(!m_services->interview().isSaving());
        QVERIFY(!m_services->family().isAvailable());
        QVERIFY(!m_services->timeline().isReady());
        QVERIFY(!m_services->helper().isAvailable());
        QVERIFY(createVault());
        QVERIFY(m_services->interview().isSaving());
        QVERIFY(m_services->family().isAvailable());
        QVERIFY(m_services->timeline().isReady());
        QVERIFY(m_services->helper().isAvailable());
        answerTheSponsorAndAPartner();
        const ChecklistRow *paper = firstPaper();
        QVERIFY2(paper, "the partner has no papers on the list");
        DocumentPhotos photos(m_services->documentFiles());
        photos.setDocumentId(paper->id);
        QVERIFY(photos.exists());
        QCOMPARE(photos.memberId(), m_services->family().firstMemberId());
    }

    void answeringTheSponsorShowsTheWindow()
    {
        QVERIFY(createVault());
        TimelineController &timeline = m_services->timeline();
        QVERIFY(!timeline.hasMembers());
        QCOMPARE(timeline.deadlines()->rowCount(), 0);
        QVERIFY(m_services->home().nextDeadline().title.isEmpty());
        answerTheSponsorAndAPartner();
        QVERIFY(timeline.hasMembers());
        QVERIFY(timeline.deadlines()->rowCount() > 0);
        QCOMPARE(m_services->home().nextDeadline().ruleId, u"window"_qs);
        QCOMPARE(m_services->home().nextDeadline().days,
                 40); // 1 March to 10 April 2026, on the platform's clock
        QVERIFY(!m_services->home().nextDeadline().title.isEmpty());
    }

    void addingAPageUpdatesTheFamilyAndTheTimeline()
    {
        QVERIFY(createVault());
        answerTheSponsorAndAPartner();
        const ChecklistRow *paper = firstPaper();
        QVERIFY(paper);
        const qint64 documentId = paper->id;
        QCOMPARE(paper->attachmentCount, 0);
        QCOMPARE(paper->status, u"missing"_qs);
        const int missingBefore = m_services->home().missingDocuments();
        QVERIFY(missingBefore > 0);

        DocumentFiles &files = m_services->documentFiles();
        DocumentPhotos photos(files);
        photos.setDocumentId(documentId);
        bool ok = false;
        QVERIFY(photos.importCamera(twoColourImage(QSize(600, 800))));
        QVERIFY(samen::documents::testsupport::waitForFinished(files, &ok) && ok);
        QCOMPARE(photos.attachments()->rowCount(), 1);

        const ChecklistRow *after = firstPaper();
        QVERIFY(after);
        QCOMPARE(after->id, documentId);
        QCOMPARE(after->attachmentCount, 1);
        QCOMPARE(after->status, u"have"_qs);
        QCOMPARE(m_services->home().missingDocuments(), missingBefore - 1);
    }

    void lockingEmptiesEveryService()
    {
        QVERIFY(createVault());
        answerTheSponsorAndAPartner();
        QVERIFY(m_services->family().members()->rowCount() > 0);
        QVERIFY(m_services->timeline().deadlines()->rowCount() > 0);
        const ChecklistRow *paper = firstPaper();
        QVERIFY(paper);
        DocumentPhotos photos(m_services->documentFiles());
        photos.setDocumentId(paper->id);
        QVERIFY(photos.exists());
        m_services->vault().lock();
        QCOMPARE(m_services->vault().state(), VaultController::Locked);
        QCOMPARE(m_services->family().members()->rowCount(), 0);
        QVERIFY(!m_services->family().isAvailable());
        QCOMPARE(m_services->timeline().deadlines()->rowCount(), 0);
        QVERIFY(m_services->home().nextDeadline().title.isEmpty());
        QVERIFY(!m_services->timeline().hasMembers());
        QVERIFY(!m_services->interview().isSaving());
        QVERIFY(!m_services->helper().isAvailable());
        QCOMPARE(photos.attachments()->rowCount(), 0);
        QVERIFY(!photos.exists());
        QVERIFY(!photos.importCamera(twoColourImage(QSize(60, 80))));
    }

    void unlockingAgainBringsTheDataBack()
    {
        QVERIFY(createVault());
        answerTheSponsorAndAPartner();
        const int members = m_services->family().members()->rowCount();
        QVERIFY(members > 0);
        m_services->vault().lock();
        QCOMPARE(m_services->family().members()->rowCount(), 0);
        QSignalSpy finished(&m_services->vault(), &VaultController::finished);
        m_services->vault().unlock(u"135790"_qs);
        QVERIFY(waitForVault(finished));
        QCOMPARE(finished.constLast().at(0).value<VaultController::Operation>(), VaultController::Unlock);
        QVERIFY2(finished.constLast().at(1).toBool(), qPrintable(m_services->vault().message()));
        QCOMPARE(m_services->family().members()->rowCount(), members);
        QCOMPARE(m_services->home().nextDeadline().ruleId, u"window"_qs);
    }

    void idleTimeLocks()
    {
        startServices(std::chrono::milliseconds(1500));
        QSignalSpy finished(&m_services->vault(), &VaultController::finished);
        m_services->vault().setUp(u"135790"_qs, false);
        QVERIFY(waitForVault(finished) && finished.constLast().at(1).toBool());
        QVERIFY(m_services->family().isAvailable());
        QTRY_COMPARE_WITH_TIMEOUT(m_services->vault().state(), VaultController::Locked, 10000);
        QVERIFY(!m_services->family().isAvailable());
    }

    // The default (5 minutes) does not lock while a test takes seconds.
    void withoutIdleTimeTheVaultStaysOpen()
    {
        QVERIFY(createVault());
        QTest::qWait(2000);
        QCOMPARE(m_services->vault().state(), VaultController::Unlocked);
    }
};

QTEST_MAIN(TestAppServices)
#include "tst_appservices.moc"
