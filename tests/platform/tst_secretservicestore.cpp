#include "platform/secretservicestore.h"
#include "vault/attemptcounter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace samen;
using vault::AttemptCounter;
namespace AttemptPolicy = vault::AttemptPolicy;
using vault::AttemptState;
using vault::DeviceSecretStore;

/**
 * The attempt counter's Linux device store against a real Secret Service: GNOME Keyring on a
 * private bus (with-keyring.sh), or no bus at all (SAMEN_EXPECT_NO_KEYRING=1).
 */
class TestSecretServiceStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_service = u"nl.samen.test"_qs;
    bool m_noKeyring = qEnvironmentVariableIntValue("SAMEN_EXPECT_NO_KEYRING") == 1;

    QString vaultFolder(const QString &name) const { return m_dir.filePath(name); }

    /** @p call run on a worker thread, as the vault runs it, while this thread serves the keyring jobs. */
    template<typename Call> static auto onWorker(Call call)
    {
        QFuture<decltype(call())> future = QtConcurrent::run(call);
        (void)QTest::qWaitFor([&future] { return future.isFinished(); }, 30000);
        return future.result(); // blocks (and the test times out) if the keyring never answered
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aMissingKeyringIsUnreachableQuickly()
    {
        if (!m_noKeyring)
            QSKIP("runs without a session bus (tst_secretservicestore_nobus)");
        platform::SecretServiceStore store(vaultFolder(u"a"_qs), m_service);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!onWorker([&store] { return store.read(true).has_value(); }));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        qInfo("no keyring: unreachable after %lld ms", timer.elapsed());
    }

    void theKeyIsMadeOnceAndTheSequenceKept()
    {
        if (m_noKeyring)
            QSKIP("needs the keyring session");
        platform::SecretServiceStore store(vaultFolder(u"b"_qs), m_service);
        auto before = store.read(false);
        QVERIFY(before);
        QVERIFY(before->key.isNull());
        QVERIFY(before->sequenceKept);
        auto made = onWorker([&store] {
            return std::make_shared<std::optional<DeviceSecretStore::Record>>(store.read(true));
        });
        QVERIFY(*made && (*made)->key.size() == 32);
        QVERIFY(onWorker([&store] { return store.writeSequence(7); }));

        platform::SecretServiceStore again(vaultFolder(u"b"_qs), m_service);
        auto read = again.read(false);
        QVERIFY(read && read->key.size() == 32);
        QCOMPARE(read->sequence, quint64(7));
        QCOMPARE(std::memcmp(read->key.data(), (*made)->key.data(), 32), 0);

        platform::SecretServiceStore other(vaultFolder(u"c"_qs), m_service); // another vault, another entry
        auto otherRead = other.read(false);
        QVERIFY(otherRead && otherRead->key.isNull());

        QVERIFY(again.forget());
        auto gone = store.read(false);
        QVERIFY(gone && gone->key.isNull());
    }

    void theCounterIsSealedByTheKeyring()
    {
        if (m_noKeyring)
            QSKIP("needs the keyring session");
        platform::SecretServiceStore store(vaultFolder(u"d"_qs), m_service);
        const QString path = m_dir.filePath(u"samen.attempts"_qs);
        const auto now = [] { return qint64(1'800'000'000); };
        QVERIFY(onWorker([&] {
            AttemptCounter counter(path, now, &store);
            bool ok = counter.reset();
            for (int i = 0; i < 6; ++i)
                ok = counter.recordAttempt() && ok;
            return ok && counter.isSealed();
        }));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(AttemptCounter::encode(AttemptState {})); // the unkeyed forgery of the audit (M1)
        file.close();
        const qint64 wait = onWorker([&] { return AttemptCounter(path, now, &store).secondsToWait(); });
        QCOMPARE(wait, AttemptPolicy::maxDelaySeconds);
        QVERIFY(store.forget());
    }
};

QTEST_GUILESS_MAIN(TestSecretServiceStore)
#include "tst_secretservicestore.moc"
