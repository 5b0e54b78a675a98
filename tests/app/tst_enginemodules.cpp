// The heavy engines are modules loaded on first use (app/engines, issue 19): the executable does
// not depend on them, each module loads and answers, and a missing one is an error, not a crash.
#include "engines/enginemodule.h"
#include "imaging/photoimagingmodule.h"
#include "ocr/letterocrmodule.h"
#include "platform/soundbackend.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

#include <elf.h>

namespace {

/** The DT_NEEDED entries of the 64-bit ELF file at @p path; empty when it cannot be read. */
QStringList neededLibraries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray elf = file.readAll();
    const auto *header = reinterpret_cast<const Elf64_Ehdr *>(elf.constData());
    if (elf.size() < qsizetype(sizeof(Elf64_Ehdr)) || header->e_ident[EI_CLASS] != ELFCLASS64)
        return {};
    const auto *programs = reinterpret_cast<const Elf64_Phdr *>(elf.constData() + header->e_phoff);
    const auto fileOffset = [&](Elf64_Addr address) -> qint64 {
        for (int i = 0; i < header->e_phnum; ++i) {
            const Elf64_Phdr &p = programs[i];
            if (p.p_type == PT_LOAD && address >= p.p_vaddr && address < p.p_vaddr + p.p_filesz)
                return qint64(address - p.p_vaddr + p.p_offset);
        }
        return -1;
    };
    const Elf64_Dyn *dynamic = nullptr;
    for (int i = 0; i < header->e_phnum; ++i) {
        if (programs[i].p_type == PT_DYNAMIC)
            dynamic = reinterpret_cast<const Elf64_Dyn *>(elf.constData() + programs[i].p_offset);
    }
    if (!dynamic)
        return {};
    qint64 strings = -1;
    QList<Elf64_Xword> needed;
    for (const Elf64_Dyn *entry = dynamic; entry->d_tag != DT_NULL; ++entry) {
        if (entry->d_tag == DT_STRTAB)
            strings = fileOffset(entry->d_un.d_ptr);
        else if (entry->d_tag == DT_NEEDED)
            needed << entry->d_un.d_val;
    }
    QStringList names;
    for (const Elf64_Xword offset : std::as_const(needed)) {
        if (strings >= 0)
            names << QString::fromLatin1(elf.constData() + strings + offset);
    }
    return names;
}

} // namespace

class TestEngineModules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theAppDoesNotLinkTheHeavyEngines()
    {
        const QStringList needed = neededLibraries(QStringLiteral(SAMEN_APP_BINARY));
        QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(needed.join(u' ')));
        static const QRegularExpression heavy(
            u"tesseract|lept|poppler|opencv|gomp|Multimedia|TextToSpeech|pulse"_qs);
        for (const QString &library : needed)
            QVERIFY2(!heavy.match(library).hasMatch(), qPrintable(library + u" is linked by samen"_qs));
    }

    void theLetterReadersOcrLoadsOnDemand()
    {
        const auto *ocr = samen::engines::engine<samen::ocr::LetterOcr>(QStringLiteral("samen_letterocr"),
                                                                        samen::ocr::kLetterOcrEntry);
        QVERIFY(ocr);
        QString error;
        QCOMPARE(ocr->loadBytes(QByteArray("not a letter")).error, samen::ocr::LoadError::Unreadable);
        QVERIFY(ocr->loadBytes(QByteArray("not a letter")).pages.isEmpty());
        std::unique_ptr<samen::ocr::LetterOcrSession> session = ocr->open(&error);
        QVERIFY2(session, qPrintable(error));
        QImage blank(400, 300, QImage::Format_Grayscale8);
        blank.fill(255);
        samen::ocr::ReadPages seen;
        (void)session->read({ blank }, {}, QDate(2026, 12, 7), &seen);
        QVERIFY(seen.text.trimmed().isEmpty());
        QCOMPARE(seen.firstPage.size(), blank.size());
    }

    void thePhotoChecksImagingLoadsOnDemand()
    {
        const auto *imaging = samen::engines::engine<samen::imaging::PhotoImaging>(
            QStringLiteral("samen_photoimaging"), samen::imaging::kPhotoImagingEntry);
        QVERIFY(imaging);
        QImage dark(640, 480, QImage::Format_RGB32);
        dark.fill(Qt::black);
        const samen::imaging::QualityReport report = imaging->check(dark);
        QCOMPARE(report.measurements.size(), 4);
        QVERIFY(report.has(samen::imaging::Flaw::TooDark));
        const samen::imaging::PageQuad whole { { QPointF(0, 0), QPointF(639, 0), QPointF(639, 479),
                                                 QPointF(0, 479) } };
        QVERIFY(!imaging->straightened(dark, whole).isNull());
    }

    void theSoundModuleLoadsOnDemand()
    {
        QVERIFY(samen::engines::engine<samen::platform::SoundModule>(QStringLiteral("samen_sound"),
                                                                     samen::platform::kSoundModuleEntry));
    }

    void aModuleLoadsOnceAndStays()
    {
        QString error;
        const QFunctionPointer first = samen::engines::resolve(QStringLiteral("samen_photoimaging"),
                                                               samen::imaging::kPhotoImagingEntry, &error);
        const QFunctionPointer again = samen::engines::resolve(QStringLiteral("samen_photoimaging"),
                                                               samen::imaging::kPhotoImagingEntry, &error);
        QVERIFY(first);
        QVERIFY(again == first);
    }

    void aMissingModuleOrEntryIsAnErrorNotACrash()
    {
        QString error;
        QVERIFY(!samen::engines::resolve(QStringLiteral("samen_nosuchengine"), "entry", &error));
        QVERIFY2(error.contains(u"libsamen_nosuchengine.so"_qs), qPrintable(error));
        error.clear();
        QVERIFY(!samen::engines::resolve(QStringLiteral("samen_letterocr"), "no_such_entry", &error));
        QVERIFY(!error.isEmpty());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^samen: the module samen_nosuchengine did not load: "_qs));
        QVERIFY(
            !samen::engines::engine<samen::ocr::LetterOcr>(QStringLiteral("samen_nosuchengine"), "entry"));
    }
};

QTEST_GUILESS_MAIN(TestEngineModules)
#include "tst_enginemodules.moc"
