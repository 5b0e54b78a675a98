#pragma once

// Shared by the vault fuzz targets: seeds written on request and a private scratch folder.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace samen::vault::fuzz {

/**
 * When SAMEN_FUZZ_WRITE_SEED names a file, writes the bytes @p makeSeed returns there and exits:
 * run-fuzz-vault.sh seeds each corpus this way, so no binary seed lives in the repository.
 */
template<typename MakeSeed> void writeSeedIfAsked(MakeSeed makeSeed)
{
    const char *path = std::getenv("SAMEN_FUZZ_WRITE_SEED");
    if (!path)
        return;
    QFile out(QString::fromLocal8Bit(path));
    const QByteArray seed = makeSeed();
    const bool written = !seed.isEmpty() && out.open(QIODevice::WriteOnly) && out.write(seed) == seed.size();
    out.close(); // std::exit() runs no destructors: flush here
    std::exit(written && out.error() == QFileDevice::NoError ? 0 : 1);
}

/** A scratch folder that lives as long as the fuzzer. */
inline QString scratchFolder()
{
    static const auto dir = std::make_unique<QTemporaryDir>();
    return dir->path();
}

/** Reads @p path whole (the seeds are small). */
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Writes @p bytes to @p path, replacing it. */
inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace samen::vault::fuzz
