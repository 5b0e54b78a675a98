#pragma once

// Shared by the vault tests, the app and UI tests and the vault's helper executable.

#include "vault/database.h"
#include "vault/devicesecretstore.h"
#include "vault/schema.h"
#include "vault/vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <memory>

#include <sys/stat.h>

namespace samen::vault::testsupport {

/** A device store in memory: the Keystore or keyring, as the tests need it. */
class FakeStore : public DeviceSecretStore
{
public:
    bool reachable = true;
    bool keepsSequence = true;
    bool failSequenceWrites = false;
    QByteArray key; // empty: no key yet
    quint64 sequence = 0;

    Kind kind() const override { return Kind::SecretService; }
    std::optional<Record> read(bool create) override
    {
        if (!reachable)
            return std::nullopt;
        if (key.isEmpty() && create)
            key = QByteArray(32, 'k');
        Record record;
        if (!key.isEmpty())
            record.key = SecureBytes(key.constData(), std::size_t(key.size()));
        record.sequence = sequence;
        record.sequenceKept = keepsSequence;
        return record;
    }
    bool writeSequence(quint64 value) override
    {
        if (!reachable || !keepsSequence || failSequenceWrites)
            return false;
        sequence = value;
        return true;
    }
    bool forget() override
    {
        key.clear();
        sequence = 0;
        return reachable;
    }
};

/** Small Argon2id parameters: tests only, passed explicitly through Vault::Options. */
inline KdfParams fastKdf()
{
    return { 1, 64 * 1024 };
}

/** Options for a vault in @p folder with fastKdf() and @p clock. */
inline Vault::Options testOptions(const QString &folder, Clock clock = {})
{
    Vault::Options options;
    options.folder = folder;
    options.clock = std::move(clock);
    options.insecureKdfForTests = fastKdf();
    return options;
}

/** A new database at @p path with a random key and the latest schema; nullptr when that fails. */
inline std::unique_ptr<Database> freshDatabase(const QString &path)
{
    Database::OpenResult result = Database::OpenResult::IoError;
    auto db = Database::open(path, SecureBytes::random(32), Database::Mode::CreateNew, &result);
    return db && schema::migrate(*db) ? std::move(db) : nullptr;
}

/** A fresh QByteArray holding @p text (callers pass it to methods that wipe it). */
inline QByteArray secret(const char *text)
{
    return QByteArray(text);
}

/** The PIN createdVault() uses unless told another. */
inline constexpr char testPin[] = "135790";

/**
 * A vault created with PIN @p pin in @p folder (testOptions(), with @p clock) and left unlocked;
 * nullptr when creating it failed (the reason is logged). Check it with QVERIFY.
 */
[[nodiscard]] std::unique_ptr<Vault> createdVault(const QString &folder, Clock clock = {},
                                                  const char *pin = testPin);

/**
 * Saves a referent named @p name (Latin @p latinName), born 1990-04-01 in Syria, with a decision
 * of 2025-11-02, in @p db; its id, or 0 when saving failed.
 */
[[nodiscard]] qint64 addReferent(Database &db, const QString &name = QStringLiteral(u"أمل"),
                                 const QString &latinName = QStringLiteral(u"Amal"));

/** SHA-256 of the file at @p path (empty when unreadable). */
inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

/** Every regular file below @p folder. */
inline QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

/** File names (no path) directly in @p folder. */
inline QStringList fileNamesIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

/** Paths of the files below @p folders whose bytes contain any of @p needles. */
inline QStringList filesContaining(const QStringList &folders, const QList<QByteArray> &needles)
{
    QStringList hits;
    for (const QString &folder : folders) {
        for (const QString &path : filesBelow(folder)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray contents = file.readAll();
            for (const QByteArray &needle : needles) {
                if (contents.contains(needle)) {
                    hits << path;
                    break;
                }
            }
        }
    }
    return hits;
}

/** The canary as stored (UTF-8) and in UTF-16, as it might leak from Qt strings. */
inline QList<QByteArray> encodings(const QString &canary)
{
    const QByteArray utf16(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2);
    return { canary.toUtf8(), utf16 };
}

/** A small uncompressed image (binary PPM) whose pixels carry a recognisable pattern. */
inline QByteArray canaryImage(int seed)
{
    QByteArray image = "P6\n32 32\n255\n";
    for (int i = 0; i < 32 * 32 * 3; ++i)
        image.append(char((i * 31 + seed * 7 + (i / 97)) & 0xff));
    return image;
}

/** Windows of @p image that must never appear in a vault file. */
inline QList<QByteArray> imageNeedles(const QByteArray &image)
{
    return { image.mid(13, 24), image.mid(1000, 24), image.mid(image.size() - 24) };
}

/** The permission bits of @p path (0600 …), or -1 when it does not exist. */
inline int modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777) : -1;
}

/** Sets the usual desktop umask 022 for its lifetime, so that a file created without a mode of its own is
 * 0644. */
class UsualUmask
{
public:
    UsualUmask()
        : m_previous(::umask(022))
    { }
    ~UsualUmask() { ::umask(m_previous); }
    UsualUmask(const UsualUmask &) = delete;
    UsualUmask &operator=(const UsualUmask &) = delete;

private:
    mode_t m_previous;
};

} // namespace samen::vault::testsupport
