#include "vault/kdf.h"
#include "vault/keyfile.h"
#include "vault/keystorebinding.h"
#include "vault/securebytes.h"

#include "support/vaulttestsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace samen::vault;

namespace {

/** Stands in for the Android binding: HMAC-SHA256 of the KEK under a device-held key. */
class HmacTestBinding : public KeystoreBinding
{
public:
    explicit HmacTestBinding(char deviceByte)
        : m_deviceKey(QByteArray(32, deviceByte))
    { }
    quint8 kind() const override { return 1; }
    bool prepareKey() override
    {
        m_lost = false;
        return true;
    }
    /** The device key disappears, as after a factory reset of the Keystore. */
    void loseKey() { m_lost = true; }
    bool forgetKey() override
    {
        m_lost = true;
        return true;
    }
    SecureBytes bind(const SecureBytes &kek) override
    {
        if (m_lost)
            return {};
        SecureBytes bound(crypto_auth_hmacsha256_BYTES);
        crypto_auth_hmacsha256_state state;
        crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(m_deviceKey.constData()),
                                    size_t(m_deviceKey.size()));
        crypto_auth_hmacsha256_update(&state, kek.data(), kek.size());
        crypto_auth_hmacsha256_final(&state, bound.data());
        sodium_memzero(&state, sizeof state);
        return bound;
    }

private:
    QByteArray m_deviceKey;
    bool m_lost = false;
};

SecureBytes bytesOf(const char *text)
{
    return SecureBytes(text, qstrlen(text));
}

} // namespace

class TestVaultKeys : public QObject
{
    Q_OBJECT
private:
    const KdfParams m_fast = testsupport::fastKdf();

private Q_SLOTS:
    void secureBytesAreRandomAndMoveOnly()
    {
        SecureBytes a = SecureBytes::random(32);
        const SecureBytes b = SecureBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
        const SecureBytes copy = a.clone();
        QVERIFY(copy.equals(a));
        SecureBytes moved = std::move(a);
        QVERIFY(a.isNull());
        QVERIFY(moved.equals(copy));
        moved.clear();
        QVERIFY(moved.isNull());
    }

    void takeSecretMovesIntoSecureMemoryAndWipes()
    {
        QByteArray pin("123456");
        const SecureBytes taken = takeSecret(pin);
        QVERIFY(pin.isEmpty());
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(taken.data()), 6), QByteArray("123456"));
        QByteArray passphrase("correct horse");
        wipe(passphrase);
        QVERIFY(passphrase.isEmpty());
    }

    void rawKeyLiteralHasTheSqlCipherForm()
    {
        const unsigned char raw[4] = { 0x00, 0xab, 0x10, 0xff };
        SecureBytes key(32);
        std::memcpy(key.data(), raw, sizeof raw);
        const SecureBytes literal = rawSqlCipherKey(key);
        const QByteArray text(reinterpret_cast<const char *>(literal.data()), int(literal.size()));
        QCOMPARE(text.size(), 67);
        QVERIFY(text.startsWith("x'00ab10ff000000"));
        QVERIFY(text.endsWith("00'"));
    }

    void shippedParametersMeetTheFloor()
    {
        QVERIFY(KdfParams::shippedMinimum().memLimit >= 64ull * 1024 * 1024);
        QVERIFY(KdfParams::shippedMinimum().opsLimit >= 3);
        const KdfParams calibrated = calibrateKdf(0.0);
        QVERIFY(calibrated.meetsShippedMinimum());
        QVERIFY(calibrated.isUsable());
        QVERIFY(!m_fast.meetsShippedMinimum());
        QVERIFY(!(KdfParams { 0, 64 * 1024 }.isUsable()));
        QVERIFY(!(KdfParams { 3, 4ull * 1024 * 1024 * 1024 }.isUsable()));
    }

    void theRestoreCostIsPredictedFromThisDevicesOwnDerivation()
    {
        const KdfParams own { 6, 64ull * 1024 * 1024 }; // a slow phone calibrated to 6 passes
        const KdfParams fastPhone { 37, 64ull * 1024 * 1024 };
        QCOMPARE(predictedKdfSeconds(own, 0.75, own), 0.75);
        QCOMPARE(predictedKdfSeconds(own, 0.75, fastPhone), 0.75 * 37 / 6);
        QVERIFY(predictedKdfSeconds(own, 0.75, fastPhone) <= restoreKdfSecondsCeiling);
        const KdfParams twiceTheMemory { 37, 128ull * 1024 * 1024 };
        QVERIFY(predictedKdfSeconds(own, 0.75, twiceTheMemory) > restoreKdfSecondsCeiling);
        QCOMPARE(predictedKdfSeconds(own, 0, fastPhone), 0.0); // nothing timed: no estimate
    }

    void recalibrationOnlyRaisesThePasses_data()
    {
        QTest::addColumn<quint32>("passes");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<quint32>("expected");
        QTest::newRow("fast: scaled to the target") << 10u << 0.25 << 30u;
        QTest::newRow("fast: at most 64") << 28u << 0.01 << 64u;
        QTest::newRow("more than half the target: kept") << 28u << 0.5 << 28u;
        QTest::newRow("slow: never lowered") << 39u << 3.0 << 39u;
        QTest::newRow("below the floor: raised to it at least") << 1u << 0.3 << 3u;
    }
    void recalibrationOnlyRaisesThePasses()
    {
        QFETCH(quint32, passes);
        QFETCH(double, seconds);
        QFETCH(quint32, expected);
        const KdfParams current { passes, 64ull * 1024 * 1024 };
        const KdfParams raised = recalibratedKdf(current, seconds, 0.75);
        QCOMPARE(raised.opsLimit, expected);
        QCOMPARE(raised.memLimit, current.memLimit);
    }

    void derivationDependsOnSecretSaltAndParameters()
    {
        unsigned char salt[kdfSaltSize] = {};
        const SecureBytes a = deriveKey(bytesOf("123456"), salt, m_fast);
        QVERIFY(a.equals(deriveKey(bytesOf("123456"), salt, m_fast)));
        QVERIFY(!a.equals(deriveKey(bytesOf("123457"), salt, m_fast)));
        QVERIFY(!a.equals(deriveKey(bytesOf("123456"), salt, KdfParams { 2, 64 * 1024 })));
        salt[0] = 1;
        QVERIFY(!a.equals(deriveKey(bytesOf("123456"), salt, m_fast)));
    }

    void keyFileOpensOnlyWithTheRightSecret()
    {
        PassThroughKeystoreBinding binding;
        const SecureBytes dataKey = SecureBytes::random(32);
        const QByteArray file = KeyFile::seal(dataKey, bytesOf("246810"), SecretKind::Pin, m_fast, binding);
        QCOMPARE(file.size(), KeyFile::fileSize);
        QVERIFY(!file.contains(QByteArray(reinterpret_cast<const char *>(dataKey.data()), 32)));
        SecureBytes opened;
        QCOMPARE(KeyFile::open(file, bytesOf("246810"), binding, &opened), KeyFile::Status::Ok);
        QVERIFY(opened.equals(dataKey));
        SecureBytes wrong;
        QCOMPARE(KeyFile::open(file, bytesOf("246811"), binding, &wrong), KeyFile::Status::WrongSecret);
        QVERIFY(wrong.isNull());
        QCOMPARE(KeyFile::readHeader(file)->kind, SecretKind::Pin);
    }

    void alteredKeyFileIsRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("expected");
        const int malformed = int(KeyFile::Status::Malformed);
        const int wrong = int(KeyFile::Status::WrongSecret);
        QTest::newRow("magic") << 0 << malformed;
        QTest::newRow("version") << 8 << malformed;
        QTest::newRow("kind") << 9 << wrong; // Pin <-> Passphrase is still a valid kind
        QTest::newRow("binding") << 10 << int(KeyFile::Status::BindingMismatch);
        QTest::newRow("reserved") << 11 << malformed;
        QTest::newRow("passes") << 12 << wrong;
        QTest::newRow("memory") << 17 << wrong;
        QTest::newRow("salt") << 30 << wrong;
        QTest::newRow("nonce") << 50 << wrong;
        QTest::newRow("sealed key") << 70 << wrong;
        QTest::newRow("tag") << 111 << wrong;
    }
    void alteredKeyFileIsRefused()
    {
        QFETCH(int, offset);
        QFETCH(int, expected);
        PassThroughKeystoreBinding binding;
        QByteArray file =
            KeyFile::seal(SecureBytes::random(32), bytesOf("246810"), SecretKind::Pin, m_fast, binding);
        file[offset] = char(offset == 9 ? 2 : file.at(offset) ^ 0x02);
        SecureBytes opened;
        QCOMPARE(int(KeyFile::open(file, bytesOf("246810"), binding, &opened)), expected);
        QVERIFY(opened.isNull());
    }

    void truncatedOrPaddedKeyFileIsMalformed()
    {
        PassThroughKeystoreBinding binding;
        const QByteArray file =
            KeyFile::seal(SecureBytes::random(32), bytesOf("246810"), SecretKind::Pin, m_fast, binding);
        SecureBytes opened;
        QCOMPARE(KeyFile::open(file.left(100), bytesOf("246810"), binding, &opened),
                 KeyFile::Status::Malformed);
        QCOMPARE(KeyFile::open(file + '\0', bytesOf("246810"), binding, &opened), KeyFile::Status::Malformed);
        QCOMPARE(KeyFile::open(QByteArray(), bytesOf("246810"), binding, &opened),
                 KeyFile::Status::Malformed);
    }

    void passThroughBindingKeepsTheKek()
    {
        PassThroughKeystoreBinding binding;
        const SecureBytes kek = SecureBytes::random(32);
        QCOMPARE(binding.kind(), quint8(0));
        QVERIFY(binding.bind(kek).equals(kek));
    }

    void boundKeyFileNeedsTheSameDeviceKey()
    {
        HmacTestBinding device(0x11);
        HmacTestBinding otherDevice(0x22);
        PassThroughKeystoreBinding passThrough;
        const SecureBytes dataKey = SecureBytes::random(32);
        const QByteArray file = KeyFile::seal(dataKey, bytesOf("246810"), SecretKind::Pin, m_fast, device);
        SecureBytes opened;
        QCOMPARE(KeyFile::open(file, bytesOf("246810"), passThrough, &opened),
                 KeyFile::Status::BindingMismatch);
        QCOMPARE(KeyFile::open(file, bytesOf("246810"), otherDevice, &opened), KeyFile::Status::WrongSecret);
        QCOMPARE(KeyFile::open(file, bytesOf("246810"), device, &opened), KeyFile::Status::Ok);
        QVERIFY(opened.equals(dataKey));
    }

    void eraseDeletesThePlatformKeyToo()
    {
        QTemporaryDir dir;
        HmacTestBinding device(0x22);
        Vault::Options options = testsupport::testOptions(dir.filePath(u"vault"_qs));
        options.keystore = &device;
        Vault vault(std::move(options));
        QByteArray pin("246810");
        QCOMPARE(vault.create(pin, SecretKind::Pin), Vault::CreateResult::Ok);
        QFile keyFile(QDir(dir.filePath(u"vault"_qs)).filePath(Vault::keyFileName));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray copy = keyFile.readAll(); // someone kept a copy of the key file
        keyFile.close();
        QVERIFY(vault.erase());
        SecureBytes opened;
        QCOMPARE(KeyFile::open(copy, bytesOf("246810"), device, &opened),
                 KeyFile::Status::BindingUnavailable);
    }

    void lostPlatformKeyIsNotAWrongPin()
    {
        HmacTestBinding device(0x11);
        const SecureBytes dataKey = SecureBytes::random(32);
        const QByteArray file = KeyFile::seal(dataKey, bytesOf("246810"), SecretKind::Pin, m_fast, device);
        QVERIFY(!file.isEmpty());
        device.loseKey();
        SecureBytes opened;
        QCOMPARE(KeyFile::open(file, bytesOf("246810"), device, &opened),
                 KeyFile::Status::BindingUnavailable);
        QCOMPARE(KeyFile::open(file, bytesOf("000000"), device, &opened),
                 KeyFile::Status::BindingUnavailable);
        QVERIFY(opened.isNull());
    }
};

QTEST_GUILESS_MAIN(TestVaultKeys)
#include "tst_vaultkeys.moc"
