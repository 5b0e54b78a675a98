#include "lock/autolock.h"
#include "lock/vaultcontroller.h"
#include "support/signalwait.h"
#include "support/vaulttestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The vault as the screens drive it: every step through the worker thread, results as state,
// messages and finished().
using samen::vault::testsupport::FakeStore;

class TestVaultController : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultController> m_vault;

    [[nodiscard]] bool waitFor(VaultController::Operation operation, bool expectOk)
    {
        QSignalSpy finished(m_vault.get(), &VaultController::finished);
        if (!samen::testsupport::waitForFinished(finished, [this] { return !m_vault->isBusy(); }))
            return false;
        const auto arguments = finished.takeLast();
        return arguments.at(0).value<VaultController::Operation>() == operation &&
            arguments.at(1).toBool() == expectOk;
    }

    [[nodiscard]] QUrl backupUrl() const
    {
        return QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("b.samen")));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_vault = std::make_unique<VaultController>(
            VaultController::Options { m_dir->filePath(QStringLiteral("vault")), true }, nullptr);
        QCOMPARE(m_vault->state(), VaultController::NoVault);
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void setUpOpensTheDatabase()
    {
        QSignalSpy opened(m_vault.get(), &VaultController::databaseOpened);
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(m_vault->isBusy());
        QVERIFY(waitFor(VaultController::SetUp, true));
        QCOMPARE(m_vault->state(), VaultController::Unlocked);
        QCOMPARE(opened.count(), 1);
        QVERIFY(m_vault->database());
        QCOMPARE(m_vault->lastDone(), int(VaultController::SetUp));
    }

    void protectionIsKnownAfterUnlocking()
    {
        QCOMPARE(m_vault->protection(), int(VaultController::Unknown));
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        QCOMPARE(m_vault->protection(), int(VaultController::PinOnly)); // no device store here

        FakeStore store;
        m_vault.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        VaultController::Options options { m_dir->filePath(QStringLiteral("vault")), true };
        options.deviceStore = &store;
        m_vault = std::make_unique<VaultController>(options, nullptr);
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        QCOMPARE(m_vault->protection(), int(VaultController::PinAndSealedCounter));
        m_vault = std::make_unique<VaultController>(options, nullptr); // as after a restart
        store.reachable = false;
        m_vault->unlock(QStringLiteral("246810"));
        QVERIFY(waitFor(VaultController::Unlock, false));
        QVERIFY(m_vault->message().contains(u"key store"_qs));
        store.reachable = true;
        m_vault->unlock(QStringLiteral("246810"));
        QVERIFY(waitFor(VaultController::Unlock, true));
        m_vault.reset(); // before the store goes
    }

    void checkSecretKeepsTheStoreOpen()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        QSignalSpy closing(m_vault.get(), &VaultController::databaseClosing);
        QSignalSpy opened(m_vault.get(), &VaultController::databaseOpened);
        m_vault->checkSecret(QStringLiteral("246811"));
        QVERIFY(waitFor(VaultController::CheckSecret, false));
        QVERIFY(!m_vault->message().isEmpty());
        QCOMPARE(m_vault->state(), VaultController::Unlocked);
        m_vault->checkSecret(QStringLiteral("246810"));
        QVERIFY(waitFor(VaultController::CheckSecret, true));
        QCOMPARE(m_vault->state(), VaultController::Unlocked);
        QVERIFY(m_vault->database());
        QCOMPARE(closing.count(), 0);
        QCOMPARE(opened.count(), 0);
    }

    void shortPinIsRefusedWithAMessage()
    {
        QVERIFY(!m_vault->isAcceptable(QStringLiteral("12345"), false));
        m_vault->setUp(QStringLiteral("12345"), false);
        QVERIFY(waitFor(VaultController::SetUp, false));
        QCOMPARE(m_vault->state(), VaultController::NoVault);
        QVERIFY(m_vault->message().contains(QLatin1String("6")));
    }

    void easyPinIsRefusedWithAKindMessage()
    {
        QVERIFY(!m_vault->isAcceptable(QString::fromUtf8("١٢٣٤٥٦"), false));
        QCOMPARE(m_vault->strength(QStringLiteral("198704"), false), VaultController::Weak);
        m_vault->setUp(QStringLiteral("198704"), false);
        QVERIFY(waitFor(VaultController::SetUp, false));
        QCOMPARE(m_vault->state(), VaultController::NoVault);
        QVERIFY2(m_vault->message().contains(QLatin1String("easy to guess")), qPrintable(m_vault->message()));
    }

    // The confirmation field matches the first one as the vault reads them: Arabic keyboards
    // switch digit sets easily.
    void confirmationMatchesInAnyDigits_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("again");
        QTest::addColumn<bool>("passphrase");
        QTest::addColumn<bool>("same");
        QTest::newRow("Arabic-Indic, then Western") << u"١٣٥٧٩٠"_qs << u"135790"_qs << false << true;
        QTest::newRow("Persian, then Arabic-Indic") << u"۱۳۵۷۹۰"_qs << u"١٣٥٧٩٠"_qs << false << true;
        QTest::newRow("one digit differs") << u"١٣٥٧٩١"_qs << u"135790"_qs << false << false;
        QTest::newRow("empty") << QString() << QString() << false << false;
        QTest::newRow("passphrase composed and decomposed")
            << u"caf\u00e9 am zee"_qs << u"cafe\u0301 am zee"_qs << true << true;
        QTest::newRow("passphrase differs") << u"long walk home"_qs << u"long walk Home"_qs << true << false;
    }
    void confirmationMatchesInAnyDigits()
    {
        QFETCH(QString, typed);
        QFETCH(QString, again);
        QFETCH(bool, passphrase);
        QFETCH(bool, same);
        QCOMPARE(m_vault->sameSecret(typed, again, passphrase), same);
        QCOMPARE(m_vault->sameSecret(again, typed, passphrase), same);
    }

    void lockThenUnlockWithDigitsOfAnyScript()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        QSignalSpy closing(m_vault.get(), &VaultController::databaseClosing);
        m_vault->lock();
        QCOMPARE(closing.count(), 1);
        QCOMPARE(m_vault->state(), VaultController::Locked);
        QVERIFY(!m_vault->database());
        QVERIFY(!m_vault->usesPassphrase());

        m_vault->unlock(QStringLiteral("111111"));
        QVERIFY(waitFor(VaultController::Unlock, false));
        QCOMPARE(m_vault->state(), VaultController::Locked);
        QVERIFY(m_vault->message().contains(QLatin1String("PIN")));

        m_vault->unlock(QString::fromUtf8("٢٤٦٨١٠")); // the same PIN typed with Arabic-Indic digits
        QVERIFY(waitFor(VaultController::Unlock, true));
        QCOMPARE(m_vault->state(), VaultController::Unlocked);
        QVERIFY(m_vault->message().isEmpty());
    }

    void wrongTriesStartACountdown()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        m_vault->lock();
        for (int i = 0; i < 5; ++i) {
            m_vault->unlock(QStringLiteral("000000"));
            QVERIFY(waitFor(VaultController::Unlock, false));
        }
        QVERIFY2(m_vault->secondsToWait() >= 25, qPrintable(QString::number(m_vault->secondsToWait())));
        m_vault->unlock(QStringLiteral("246810"));
        QVERIFY(waitFor(VaultController::Unlock, false));
        QCOMPARE(m_vault->state(), VaultController::Locked);
    }

    void passwordChangeAndBackupRoundTrip()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        m_vault->changeSecret(QStringLiteral("246810"), QStringLiteral("groene fiets"), true);
        QVERIFY(waitFor(VaultController::ChangeSecret, true));
        QVERIFY(m_vault->usesPassphrase());

        m_vault->exportBackup(backupUrl(), QStringLiteral("backup passphrase"));
        QVERIFY(waitFor(VaultController::ExportBackup, true));
        m_vault->importBackup(backupUrl(), QStringLiteral("wrong password"));
        QVERIFY(waitFor(VaultController::ImportBackup, false));
        QVERIFY(!m_vault->message().isEmpty());
        QCOMPARE(m_vault->state(), VaultController::Unlocked);

        QSignalSpy opened(m_vault.get(), &VaultController::databaseOpened);
        m_vault->importBackup(backupUrl(), QStringLiteral("backup passphrase"));
        QVERIFY(waitFor(VaultController::ImportBackup, true));
        QCOMPARE(opened.count(), 1);
        m_vault->lock();
        m_vault->unlock(QStringLiteral("groene fiets"));
        QVERIFY(waitFor(VaultController::Unlock, true));
    }

    void pinChangeWithANewDataKeyClosesAndReopensTheDatabase()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        QSignalSpy closing(m_vault.get(), &VaultController::databaseClosing);
        QSignalSpy opened(m_vault.get(), &VaultController::databaseOpened);
        m_vault->changeSecret(QStringLiteral("246810"), QStringLiteral("483921"), false, true);
        QCOMPARE(closing.count(), 1); // before the worker touches the database
        QVERIFY(waitFor(VaultController::ChangeSecret, true));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m_vault->state(), VaultController::Unlocked);
        QVERIFY(m_vault->database());
        m_vault->changeSecret(QStringLiteral("483921"), QStringLiteral("975310"), false);
        QVERIFY(waitFor(VaultController::ChangeSecret, true));
        QCOMPARE(closing.count(), 1); // a plain PIN change leaves the database alone
        QCOMPARE(opened.count(), 1);
        m_vault->lock();
        m_vault->unlock(QStringLiteral("975310"));
        QVERIFY(waitFor(VaultController::Unlock, true));
    }

    void eraseReturnsToFirstRun()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        QSignalSpy closing(m_vault.get(), &VaultController::databaseClosing);
        m_vault->erase();
        QVERIFY(waitFor(VaultController::Erase, true));
        QCOMPARE(closing.count(), 1);
        QCOMPARE(m_vault->state(), VaultController::NoVault);
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("vault"))).entryList(QDir::Files).isEmpty());
    }

    void damagedDatabaseOffersRestoreAndIsNotOverwritten()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        m_vault->exportBackup(backupUrl(), QStringLiteral("backup passphrase"));
        QVERIFY(waitFor(VaultController::ExportBackup, true));
        m_vault->lock();

        QFile database(m_dir->filePath(QStringLiteral("vault/samen.db")));
        QVERIFY(database.open(QIODevice::ReadWrite));
        QVERIFY(database.size() > 2048);
        database.seek(1500);
        database.write(QByteArray(300, '\x5a'));
        database.close();
        QVERIFY(database.open(QIODevice::ReadOnly));
        const QByteArray damaged = database.readAll();
        database.close();

        m_vault->unlock(QStringLiteral("246810"));
        QVERIFY(waitFor(VaultController::Unlock, false));
        QCOMPARE(m_vault->state(), VaultController::Corrupt);
        QVERIFY(m_vault->canRestoreNow());
        QVERIFY(!m_vault->message().isEmpty());
        QVERIFY(database.open(QIODevice::ReadOnly));
        QCOMPARE(database.readAll(), damaged);
        database.close();

        m_vault->importBackup(backupUrl(), QStringLiteral("backup passphrase"));
        QVERIFY(waitFor(VaultController::ImportBackup, true));
        QCOMPARE(m_vault->state(), VaultController::Unlocked);
        QVERIFY(!m_vault->canRestoreNow());
    }

    void clearMessageForgetsTheLastSuccess()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        m_vault->clearMessage();
        QCOMPARE(m_vault->lastDone(), -1);
    }

    void autoLockAfterIdleTime()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        AutoLock autoLock(*m_vault, std::chrono::milliseconds(200));
        QTRY_COMPARE_WITH_TIMEOUT(m_vault->state(), VaultController::Locked, 5000);
    }

    void autoLockWaitsWhileTheUserIsActive()
    {
        m_vault->setUp(QStringLiteral("246810"), false);
        QVERIFY(waitFor(VaultController::SetUp, true));
        AutoLock autoLock(*m_vault, std::chrono::milliseconds(400));
        QObject target;
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(100);
            QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
            QCoreApplication::sendEvent(&target, &press);
        }
        QCOMPARE(m_vault->state(), VaultController::Unlocked);
        QTRY_COMPARE_WITH_TIMEOUT(m_vault->state(), VaultController::Locked, 5000);
    }
};

QTEST_MAIN(TestVaultController)
#include "tst_vaultcontroller.moc"
