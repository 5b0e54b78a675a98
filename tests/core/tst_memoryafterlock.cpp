#include "vault/peoplerepository.h"
#include "vault/vault.h"
#include "vault/zeroonfree.h"

#include "support/vaulttestsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>

using namespace samen::dossier;
using namespace samen::vault;
using namespace samen::vault::testsupport;

namespace {

constexpr unsigned char mask = 0xA7;

/**
 * A name that exists in this process only while the vault uses it: the test keeps it masked
 * (each byte XOR mask), so a hit in memory is a copy the app left, never the test's own.
 */
struct MaskedName
{
    QByteArray utf8;
    QByteArray utf16;

    static MaskedName random()
    {
        MaskedName name;
        QString text = u"Selam"_qs;
        for (int i = 0; i < 14; ++i)
            text += QChar(u'a' + QRandomGenerator::global()->bounded(26));
        name.utf8 = text.toUtf8();
        name.utf16 = QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        for (QByteArray *bytes : { &name.utf8, &name.utf16 })
            for (char &c : *bytes)
                c = char(c ^ mask);
        text.fill(u'x');
        return name;
    }
    /** The plain name, for the vault: the caller drops it as soon as the vault has it. */
    QString plain() const
    {
        QByteArray bytes = utf8;
        for (char &c : bytes)
            c = char(c ^ mask);
        const QString text = QString::fromUtf8(bytes);
        bytes.fill('x');
        return text;
    }
};

bool matchesAt(const unsigned char *at, const QByteArray &masked)
{
    for (qsizetype i = 0; i < masked.size(); ++i) {
        if ((at[i] ^ mask) != static_cast<unsigned char>(masked.at(i)))
            return false;
    }
    return true;
}

/** Copies of @p name (UTF-8 or UTF-16) in this process's writable private memory. */
int hitsInMemory(const MaskedName &name)
{
    constexpr std::size_t chunk = 1 << 20;
    void *buffer = ::mmap(nullptr, chunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    QFile maps(u"/proc/self/maps"_qs);
    if (buffer == MAP_FAILED || mem < 0 || !maps.open(QIODevice::ReadOnly))
        return -1;
    const auto *bytes = static_cast<const unsigned char *>(buffer);
    const auto own = reinterpret_cast<quintptr>(buffer);
    int hits = 0;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields.at(1).startsWith("rw") || fields.at(1).at(3) != 'p' ||
            (fields.size() > 5 && fields.at(5).startsWith("[v")))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const quintptr start = range.at(0).toULongLong(nullptr, 16),
                       end = range.at(1).toULongLong(nullptr, 16);
        if (start == own)
            continue;
        for (quintptr at = start; at < end; at += chunk - 64) {
            const std::size_t size = std::min<quintptr>(chunk, end - at);
            const ssize_t read = ::pread(mem, buffer, size, off_t(at));
            for (ssize_t i = 0; read > 0 && i + name.utf8.size() <= read; ++i) {
                const bool hit = matchesAt(bytes + i, name.utf8) ||
                    (i + name.utf16.size() <= read && matchesAt(bytes + i, name.utf16));
                hits += hit ? 1 : 0;
            }
            if (size < chunk)
                break;
        }
    }
    ::close(mem);
    std::memset(buffer, 0, chunk);
    ::munmap(buffer, chunk);
    return hits;
}

} // namespace

/** STORAGE-2: names read while unlocked are gone from the heap once Samen has locked. */
class TestMemoryAfterLock : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /** Saves @p name as a member, locks, unlocks, reads every name back, locks again. */
    void useAndLock(const QString &folder, const MaskedName &name)
    {
        const auto created = samen::vault::testsupport::createdVault(folder);
        QVERIFY(created);
        auto &vault = *created;
        {
            PeopleRepository people(*vault.database());
            Referent referent { 0, u"Amal"_qs, u"Amal"_qs, u"1990-01-01"_qs, u"ER"_qs, u"2025-10-01"_qs };
            QVERIFY(people.save(referent));
            FamilyMember member { 0,  referent.id, u"partner"_qs, name.plain(), name.plain(), {}, u"ER"_qs,
                                  {}, {} };
            QVERIFY(people.save(member));
        }
        vault.lock();
        QByteArray again("135790");
        QCOMPARE(vault.unlock(again).result, Vault::UnlockResult::Ok);
        {
            PeopleRepository people(*vault.database());
            int named = 0;
            for (const Referent &referent : people.referents())
                for (const FamilyMember &member : people.members(referent.id))
                    named += member.name.isEmpty() ? 0 : 1;
            QCOMPARE(named, 1);
        }
        vault.lock();
    }

private Q_SLOTS:
    void theScannerFindsNamesLeftInFreedMemory()
    {
#if !defined(__GLIBC__)
        QSKIP("glibc only");
#endif
        setZeroOnFree(false); // as the audit found it
        const MaskedName name = MaskedName::random();
        useAndLock(m_dir.filePath(u"control"_qs), name);
        setZeroOnFree(true);
        QVERIFY2(hitsInMemory(name) > 0, "the scanner found nothing: it would pass anything");
    }

    void namesAreGoneAfterLock()
    {
        QVERIFY(zeroOnFreeActive()); // linked in, as in the app
        const MaskedName name = MaskedName::random();
        useAndLock(m_dir.filePath(u"wiped"_qs), name);
        QCOMPARE(hitsInMemory(name), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemoryAfterLock)
#include "tst_memoryafterlock.moc"
