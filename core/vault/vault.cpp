#include "vault/vault.h"

#include "vault/crashpoint.h"
#include "vault/database.h"
#include "vault/durablefile.h"
#include "vault/logging.h"
#include "vault/pinpolicy.h"
#include "vault/schema.h"
#include "vault/secretinput.h"
#include "vault/vaultfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <utility>

namespace samen::vault {

using namespace files;

const QString Vault::keyFileName = u"samen.key"_qs;
const QString Vault::databaseFileName = u"samen.db"_qs;
const QString Vault::attemptsFileName = u"samen.attempts"_qs;

namespace {

constexpr qint64 maxKeyFileSize = 4096;

Vault::Options withDefaults(Vault::Options options)
{
    if (!options.clock)
        options.clock = systemClock();
    return options;
}

bool isPin(const QByteArray &secret)
{
    for (const char c : secret) {
        if (c < '0' || c > '9')
            return false;
    }
    return secret.size() >= 6 && pinPattern(secret) == PinPattern::None;
}

qsizetype utf8CodePoints(const QByteArray &text)
{
    qsizetype count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

} // namespace

Vault::Vault(Options options)
    : m_options(withDefaults(std::move(options)))
    , m_attempts(QDir(m_options.folder).filePath(attemptsFileName), m_options.clock, m_options.deviceStore)
{
    if (!m_options.keystore)
        m_options.keystore = &m_passThrough;
    QDir().mkpath(m_options.folder);
    makeFilesPrivate();
    removeLeftovers();
}

Vault::~Vault()
{
    lock();
}

QString Vault::path(const QString &name) const
{
    return QDir(m_options.folder).filePath(name);
}

QStringList Vault::fileNames()
{
    return { keyFileName, databaseFileName, databaseFileName + u"-wal"_qs, databaseFileName + u"-shm"_qs,
             attemptsFileName };
}

void Vault::makeFilesPrivate() const
{
    if (!makePrivate(m_options.folder, true))
        qCWarning(lcVault, "vault folder mode not changed");
    for (const QString &name : fileNames()) {
        if (QFile::exists(path(name)))
            (void)makePrivate(path(name), false);
    }
}

void Vault::removeLeftovers() const
{
    for (const QString &name : { keyFileName + u".tmp"_qs, attemptsFileName + u".tmp"_qs,
                                 keyFileName + pendingSuffix, keyFileName + pendingSuffix + u".tmp"_qs })
        (void)removeIfExists(path(name));
    for (const QString &name : { u"backup.tmp"_qs, u"restore.tmp"_qs, databaseFileName + restoredSuffix }) {
        for (const QString &suffix : { QString(), u"-journal"_qs, u"-wal"_qs, u"-shm"_qs })
            (void)removeIfExists(path(name + suffix));
    }
    // Killed while putting a previous database back: its -wal still waits beside it.
    const QString previous = path(databaseFileName + previousSuffix);
    if (QFile::exists(previous + walSuffix) && !QFile::exists(previous) &&
        !QFile::exists(path(databaseFileName + walSuffix)))
        (void)renameFile(previous + walSuffix, path(databaseFileName + walSuffix));
}

std::optional<SecretKind> Vault::secretKind() const
{
    QByteArray file;
    if (!readSmallFile(path(keyFileName), &file, maxKeyFileSize))
        return std::nullopt;
    const auto header = KeyFile::readHeader(file);
    return header ? std::optional(header->kind) : std::nullopt;
}

Vault::State Vault::state() const
{
    if (m_db)
        return State::Unlocked;
    if (!QFile::exists(path(keyFileName)))
        return State::NoVault;
    if (m_databaseCorrupt || m_keyFileRefused || !secretKind())
        return State::Corrupt;
    return State::Locked;
}

bool Vault::isAcceptableSecret(const QByteArray &secret, SecretKind kind)
{
    return kind == SecretKind::Pin ? isPin(secret) : utf8CodePoints(secret) >= 8;
}

Vault::CreateResult Vault::create(QByteArray &secretBytes, SecretKind kind)
{
    const bool acceptable = isAcceptableSecret(secretBytes, kind);
    const SecureBytes secret = takeSecret(secretBytes);
    if (QFile::exists(path(keyFileName)))
        return CreateResult::AlreadyExists;
    if (!acceptable)
        return CreateResult::WeakSecret;
    lock();
    if (!removeDatabaseFiles() || !m_attempts.reset())
        return CreateResult::IoError;
    SecureBytes dataKey = SecureBytes::random(32);
    Database::OpenResult opened = Database::OpenResult::IoError;
    auto db = Database::open(path(databaseFileName), dataKey, Database::Mode::CreateNew, &opened);
    if (!db || !schema::migrate(*db))
        return CreateResult::IoError;
    const KdfParams params = m_options.insecureKdfForTests.value_or(calibrateKdf());
    const QByteArray keyFile = KeyFile::seal(dataKey, secret, kind, params, *m_options.keystore);
    if (keyFile.isEmpty() || !writeFileDurably(path(keyFileName), keyFile))
        return CreateResult::IoError;
    m_db = std::move(db);
    m_dataKey = std::move(dataKey);
    return CreateResult::Ok;
}

Vault::Outcome Vault::checkSecret(const SecureBytes &secret, Opened *opened)
{
    QByteArray file;
    if (!readSmallFile(path(keyFileName), &file, maxKeyFileSize))
        return { QFile::exists(path(keyFileName)) ? UnlockResult::IoError : UnlockResult::CorruptKeyFile, 0 };
    const auto header = KeyFile::readHeader(file);
    if (!header)
        return { UnlockResult::CorruptKeyFile, 0 };
    opened->params = header->params;
    opened->kind = header->kind;
    if (m_attempts.sealUnavailable())
        return { UnlockResult::DeviceStoreUnavailable, 0 };
    if (const qint64 wait = m_attempts.secondsToWait(); wait > 0)
        return { UnlockResult::TooManyAttempts, wait };
    if (!m_attempts.recordAttempt())
        return { UnlockResult::IoError, 0 };
    crashPoint(CrashPoint::AttemptRecorded);
    QElapsedTimer timer;
    timer.start();
    const KeyFile::Status status = KeyFile::open(file, secret, *m_options.keystore, &opened->dataKey);
    opened->seconds = double(timer.nsecsElapsed()) / 1e9;
    switch (status) {
    case KeyFile::Status::Ok:
        m_timedKdf = opened->params;
        m_timedKdfSeconds = opened->seconds;
        return { m_attempts.reset() ? UnlockResult::Ok : UnlockResult::IoError, 0 };
    case KeyFile::Status::WrongSecret:
        return { UnlockResult::WrongSecret, m_attempts.secondsToWait() };
    case KeyFile::Status::Malformed:
    case KeyFile::Status::BindingMismatch:
    case KeyFile::Status::BindingUnavailable:
        return { UnlockResult::CorruptKeyFile, 0 };
    case KeyFile::Status::OutOfMemory:
        break;
    }
    return { UnlockResult::IoError, 0 };
}

Vault::Outcome Vault::unlock(QByteArray &secretBytes)
{
    const SecureBytes secret = takeSecret(secretBytes);
    if (m_db)
        return { UnlockResult::Ok, 0 };
    Opened opened;
    const Outcome checked = checkSecret(secret, &opened);
    m_keyFileRefused = checked.result == UnlockResult::CorruptKeyFile;
    if (checked.result != UnlockResult::Ok)
        return checked;
    strengthenKeyFile(secret, opened);
    m_dataKey = std::move(opened.dataKey);
    return { openDatabase(), 0 };
}

KdfParams Vault::strongerKdf(const Opened &opened) const
{
    const double target = m_options.kdfTargetSeconds.value_or(m_options.insecureKdfForTests ? 0 : 0.75);
    return target > 0 ? recalibratedKdf(opened.params, opened.seconds, target) : opened.params;
}

void Vault::strengthenKeyFile(const SecureBytes &secret, const Opened &opened)
{
    const KdfParams stronger = strongerKdf(opened);
    if (stronger.opsLimit == opened.params.opsLimit && stronger.memLimit == opened.params.memLimit)
        return;
    const QByteArray keyFile =
        KeyFile::seal(opened.dataKey, secret, opened.kind, stronger, *m_options.keystore);
    if (keyFile.isEmpty() || !writeFileDurably(path(keyFileName), keyFile))
        qCWarning(lcVault, "key file kept its Argon2id parameters");
}

Vault::Outcome Vault::verifySecret(QByteArray &secretBytes)
{
    const SecureBytes secret = takeSecret(secretBytes);
    Opened opened;
    return checkSecret(secret, &opened);
}

Vault::UnlockResult Vault::openDatabase()
{
    UnlockResult result = openDatabaseFile();
    if (result == UnlockResult::CorruptDatabase && QFile::exists(path(databaseFileName + previousSuffix)) &&
        putPreviousDatabaseBack()) // a restore stopped before its new database had opened
        result = openDatabaseFile();
    if (result == UnlockResult::Ok)
        forgetPreviousDatabase();
    return result;
}

Vault::UnlockResult Vault::openDatabaseFile()
{
    Database::OpenResult opened = Database::OpenResult::IoError;
    auto db = Database::open(path(databaseFileName), m_dataKey, Database::Mode::ExistingOnly, &opened);
    if (opened == Database::OpenResult::IoError)
        return UnlockResult::IoError;
    if (!db || db->userVersion() < 1 || !schema::migrate(*db)) {
        qCWarning(lcVault, "database unreadable; left as it is");
        m_databaseCorrupt = true;
        return UnlockResult::CorruptDatabase;
    }
    m_databaseCorrupt = false;
    m_db = std::move(db);
    return UnlockResult::Ok;
}

void Vault::lock()
{
    m_db.reset();
    m_dataKey.clear();
    m_databaseCorrupt = false;
    m_keyFileRefused = false;
}

qint64 Vault::secondsToWait()
{
    return QFile::exists(path(keyFileName)) ? m_attempts.secondsToWait() : 0;
}

Vault::Outcome Vault::changeSecret(QByteArray &oldBytes, QByteArray &newBytes, SecretKind newKind,
                                   bool renewDataKey)
{
    const bool acceptable = isAcceptableSecret(newBytes, newKind);
    const SecureBytes oldSecret = takeSecret(oldBytes);
    const SecureBytes newSecret = takeSecret(newBytes);
    if (!acceptable)
        return { UnlockResult::WeakSecret, 0 };
    Opened opened;
    const Outcome checked = checkSecret(oldSecret, &opened);
    if (checked.result != UnlockResult::Ok)
        return checked;
    if (renewDataKey)
        return { renewKeys(opened, newSecret, newKind) ? UnlockResult::Ok : UnlockResult::IoError, 0 };
    const QByteArray keyFile =
        KeyFile::seal(opened.dataKey, newSecret, newKind, strongerKdf(opened), *m_options.keystore);
    if (keyFile.isEmpty() || !writeFileDurably(path(keyFileName), keyFile))
        return { UnlockResult::IoError, 0 };
    return { UnlockResult::Ok, 0 };
}

BackupResult Vault::exportBackup(const QString &file, QByteArray &passphraseBytes)
{
    const bool acceptable = isAcceptableBackupPassphrase(passphraseBytes);
    QByteArray digits = digitsOf(passphraseBytes);
    const SecureBytes asPin = takeSecret(digits);
    const SecureBytes passphrase = takeSecret(passphraseBytes);
    if (!m_db)
        return BackupResult::NotUnlocked;
    if (!acceptable)
        return BackupResult::WeakPassphrase;
    QByteArray keyFile;
    std::optional<KeyFile::Header> header;
    if (readSmallFile(path(keyFileName), &keyFile, maxKeyFileSize))
        header = KeyFile::readHeader(keyFile);
    if (!header)
        return BackupResult::IoError;
    if (opensKeyFile(keyFile, passphrase) || (!asPin.isNull() && opensKeyFile(keyFile, asPin)))
        return BackupResult::SameAsSecret;
    return backup::write(*m_db, m_options.folder, file, passphrase, header->params);
}

bool Vault::affordableHere(const KdfParams &asked) const
{
    KdfParams own = m_timedKdf;
    double seconds = m_timedKdfSeconds;
    if (seconds <= 0) { // not unlocked in this run (just set up): the key file was calibrated to the target
        QByteArray keyFile;
        std::optional<KeyFile::Header> header;
        if (readSmallFile(path(keyFileName), &keyFile, maxKeyFileSize))
            header = KeyFile::readHeader(keyFile);
        if (!header)
            return true; // the absolute ceiling (KdfParams::isAffordable()) still holds
        own = header->params;
        seconds = m_options.kdfTargetSeconds.value_or(0.75);
    }
    return predictedKdfSeconds(own, seconds, asked) <= restoreKdfSecondsCeiling;
}

bool Vault::opensKeyFile(const QByteArray &keyFile, const SecureBytes &secret) const
{
    SecureBytes dataKey;
    return KeyFile::open(keyFile, secret, *m_options.keystore, &dataKey) == KeyFile::Status::Ok;
}

bool Vault::removeDatabaseFiles() const
{
    bool gone = true;
    for (const QString &suffix :
         { QString(), walSuffix, shmSuffix, previousSuffix + walSuffix, previousSuffix })
        gone = removeIfExists(path(databaseFileName + suffix)) && gone;
    return gone;
}

bool Vault::erase()
{
    lock();
    const bool keyGone = removeIfExists(path(keyFileName)) && syncFolder(m_options.folder);
    crashPoint(CrashPoint::KeyFileErased);
    const bool platformKeyGone = m_options.keystore->forgetKey();
    const bool dataGone = removeDatabaseFiles() && removeIfExists(path(attemptsFileName));
    const bool counterKeyGone = m_attempts.forgetDeviceKey();
    removeLeftovers();
    return keyGone && platformKeyGone && counterKeyGone && dataGone && syncFolder(m_options.folder);
}

} // namespace samen::vault
