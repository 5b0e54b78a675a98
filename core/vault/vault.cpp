#include "vault/vault.h"

#include "vault/crashpoint.h"
#include "vault/database.h"
#include "vault/durablefile.h"
#include "vault/logging.h"
#include "vault/schema.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <utility>

namespace samen::vault {

const QString Vault::keyFileName = u"samen.key"_qs;
const QString Vault::databaseFileName = u"samen.db"_qs;
const QString Vault::attemptsFileName = u"samen.attempts"_qs;

namespace {

constexpr qint64 maxKeyFileSize = 4096;
const QString restoredSuffix = u".restored"_qs;

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
    return secret.size() >= 6;
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
    , m_attempts(QDir(m_options.folder).filePath(attemptsFileName), m_options.clock)
{
    if (!m_options.keystore)
        m_options.keystore = &m_passThrough;
    QDir().mkpath(m_options.folder);
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

void Vault::removeLeftovers() const
{
    for (const QString &name : { keyFileName + u".tmp"_qs, attemptsFileName + u".tmp"_qs })
        (void)removeIfExists(path(name));
    for (const QString &name : { u"backup.tmp"_qs, u"restore.tmp"_qs, databaseFileName + restoredSuffix }) {
        for (const QString &suffix : { QString(), u"-journal"_qs, u"-wal"_qs, u"-shm"_qs })
            (void)removeIfExists(path(name + suffix));
    }
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

Vault::Outcome Vault::checkSecret(const SecureBytes &secret, SecureBytes *dataKey, KdfParams *params)
{
    QByteArray file;
    if (!readSmallFile(path(keyFileName), &file, maxKeyFileSize))
        return { QFile::exists(path(keyFileName)) ? UnlockResult::IoError : UnlockResult::CorruptKeyFile, 0 };
    const auto header = KeyFile::readHeader(file);
    if (!header)
        return { UnlockResult::CorruptKeyFile, 0 };
    *params = header->params;
    if (const qint64 wait = m_attempts.secondsToWait(); wait > 0)
        return { UnlockResult::TooManyAttempts, wait };
    if (!m_attempts.recordAttempt())
        return { UnlockResult::IoError, 0 };
    crashPoint(CrashPoint::AttemptRecorded);
    switch (KeyFile::open(file, secret, *m_options.keystore, dataKey)) {
    case KeyFile::Status::Ok:
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
    SecureBytes dataKey;
    KdfParams params;
    const Outcome checked = checkSecret(secret, &dataKey, &params);
    m_keyFileRefused = checked.result == UnlockResult::CorruptKeyFile;
    if (checked.result != UnlockResult::Ok)
        return checked;
    m_dataKey = std::move(dataKey);
    return { openDatabase(), 0 };
}

Vault::Outcome Vault::verifySecret(QByteArray &secretBytes)
{
    const SecureBytes secret = takeSecret(secretBytes);
    SecureBytes dataKey;
    KdfParams params;
    return checkSecret(secret, &dataKey, &params);
}

Vault::UnlockResult Vault::openDatabase()
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

Vault::Outcome Vault::changeSecret(QByteArray &oldBytes, QByteArray &newBytes, SecretKind newKind)
{
    const bool acceptable = isAcceptableSecret(newBytes, newKind);
    const SecureBytes oldSecret = takeSecret(oldBytes);
    const SecureBytes newSecret = takeSecret(newBytes);
    if (!acceptable)
        return { UnlockResult::WeakSecret, 0 };
    SecureBytes dataKey;
    KdfParams params;
    const Outcome checked = checkSecret(oldSecret, &dataKey, &params);
    if (checked.result != UnlockResult::Ok)
        return checked;
    const QByteArray keyFile = KeyFile::seal(dataKey, newSecret, newKind, params, *m_options.keystore);
    if (keyFile.isEmpty() || !writeFileDurably(path(keyFileName), keyFile))
        return { UnlockResult::IoError, 0 };
    return { UnlockResult::Ok, 0 };
}

BackupResult Vault::exportBackup(const QString &file, QByteArray &passphraseBytes)
{
    const bool acceptable = isAcceptableSecret(passphraseBytes, SecretKind::Passphrase);
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
    return backup::write(*m_db, m_options.folder, file, passphrase, header->params);
}

BackupResult Vault::importBackup(const QString &file, QByteArray &passphraseBytes)
{
    const SecureBytes passphrase = takeSecret(passphraseBytes);
    if (m_dataKey.isNull())
        return BackupResult::NotUnlocked;
    const QString restored = path(databaseFileName + restoredSuffix);
    const BackupResult result = backup::restore(file, passphrase, m_options.folder, restored, m_dataKey);
    if (result != BackupResult::Ok)
        return result;
    if (!swapInRestoredDatabase())
        return BackupResult::IoError;
    return openDatabase() == UnlockResult::Ok ? BackupResult::Ok : BackupResult::Damaged;
}

bool Vault::swapInRestoredDatabase()
{
    m_db.reset();
    const QString target = path(databaseFileName);
    if (!removeIfExists(target + u"-wal"_qs) || !removeIfExists(target + u"-shm"_qs))
        return false;
    const QByteArray from = QFile::encodeName(target + restoredSuffix);
    return std::rename(from.constData(), QFile::encodeName(target).constData()) == 0 &&
        syncFolder(m_options.folder);
}

bool Vault::removeDatabaseFiles() const
{
    bool gone = true;
    for (const QString &suffix : { QString(), u"-wal"_qs, u"-shm"_qs })
        gone = removeIfExists(path(databaseFileName + suffix)) && gone;
    return gone;
}

bool Vault::erase()
{
    lock();
    const bool keyGone = removeIfExists(path(keyFileName)) && syncFolder(m_options.folder);
    crashPoint(CrashPoint::KeyFileErased);
    const bool dataGone = removeDatabaseFiles() && removeIfExists(path(attemptsFileName));
    removeLeftovers();
    return keyGone && dataGone && syncFolder(m_options.folder);
}

} // namespace samen::vault
