#include "documents/documentfiles.h"
#include "dossierevents.h"
#include "languagecontroller.h"
#include "support/documenttestsupport.h"
#include "vault/documentrepository.h"
#include "vault/vault.h"

#include "support/vaulttestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace samen::documents::testsupport;
using namespace samen::vault::testsupport;

namespace {

const QByteArray pdfCanary = "CANARY-pdf-5e1d-ሰላም";

QByteArray canaryPdf()
{
    return "%PDF-1.4\n1 0 obj << /Title (" + pdfCanary + ") >> endobj\nBT (" + pdfCanary + ") Tj ET\n%%EOF\n";
}

/** Windows from the compressed middle of @p bytes (not the headers every JPEG shares). */
QList<QByteArray> dataNeedles(const QByteArray &bytes)
{
    return { bytes.mid(bytes.size() / 2, 32), bytes.mid(bytes.size() * 3 / 4, 32), bytes.right(40).left(32) };
}

} // namespace

// The canary scan of tst_vaultprivacy for attachments: after importing a photo and a PDF through
// DocumentFiles (worker thread and all), no file in the vault folder or the temp folder holds
// the PDF's canary text, the stored JPEG or its thumbnail, or the original photo's bytes.
class TestDocumentPrivacy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    QString folder(const char *name) const { return m_root.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name : { "vault", "tmp", "picked" })
            QVERIFY(QDir().mkpath(folder(name)));
        qputenv("TMPDIR", QFile::encodeName(folder("tmp")));
        QCOMPARE(QDir::tempPath(), folder("tmp"));
    }

    void noCanaryInAnyFileAfterImport()
    {
        const auto created = samen::vault::testsupport::createdVault(folder("vault"));
        QVERIFY(created);
        auto &vault = *created;
        const qint64 documentId = seedDocument(*vault.database(), u"Amal"_qs);
        LanguageController languages(nullptr);
        DossierEvents events;
        DocumentFiles files(languages, events, nullptr);
        files.setDatabase(vault.database());
        DocumentPhotos photos(files);
        photos.setDocumentId(documentId);

        const QByteArray photo = jpegOf(twoColourImage(QSize(2600, 1900)));
        const QString photoPath = folder("picked") + u"/photo.jpg"_qs;
        const QString pdfPath = folder("picked") + u"/letter.pdf"_qs;
        for (const auto &[path, bytes] :
             { std::pair { photoPath, photo }, std::pair { pdfPath, canaryPdf() } }) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        }
        bool ok = false;
        QVERIFY(photos.importFile(QUrl::fromLocalFile(photoPath)) && waitForFinished(files, &ok) && ok);
        QVERIFY(photos.importFile(QUrl::fromLocalFile(pdfPath)) && waitForFinished(files, &ok) && ok);
        QVERIFY(photos.importCamera(twoColourImage(QSize(1000, 800))) && waitForFinished(files, &ok) && ok);

        samen::vault::DocumentRepository documents(*vault.database());
        const QList<qint64> ids = documents.attachmentIds(documentId);
        QCOMPARE(ids.size(), 3);
        QList<QByteArray> needles = encodings(QString::fromUtf8(pdfCanary)) + dataNeedles(photo);
        for (const qint64 id : ids) {
            const auto attachment = documents.attachment(id);
            QVERIFY(attachment && attachment->data.size() > 100);
            needles += dataNeedles(attachment->data);
            if (!attachment->thumbnail.isEmpty())
                needles += dataNeedles(attachment->thumbnail);
        }
        QVERIFY(filesContaining({ folder("picked") }, needles).size() == 2); // the scanner finds them
        const QStringList scanned = { folder("vault"), folder("tmp") };
        QCOMPARE(filesContaining(scanned, needles), QStringList()); // unlocked, WAL in use
        files.setDatabase(nullptr);
        vault.lock();
        QCOMPARE(filesContaining(scanned, needles), QStringList());
        QVERIFY(!filesBelow(folder("vault")).isEmpty());
    }
};

QTEST_MAIN(TestDocumentPrivacy)
#include "tst_documentprivacy.moc"
