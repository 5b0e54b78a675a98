#include "documents/attachmentstore.h"
#include "documents/documentimporter.h"
#include "fileplaces.h"
#include "support/documenttestsupport.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/vault.h"

#include "support/vaulttestsupport.h"

#include <QElapsedTimer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace samen::documents;
using namespace samen::documents::testsupport;

Q_DECLARE_METATYPE(samen::documents::ImportError)

// The importer and the store without the QML service: metadata removal, limits, file types.
class TestDocumentImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    static QImage decoded(const QByteArray &jpeg)
    {
        QImage image;
        image.loadFromData(jpeg, "jpeg");
        return image;
    }

private Q_SLOTS:
    // For the photo check: a photo comes back decoded, upright and at most maxImageSide, not
    // encoded; a PDF ready to store; a bad file with the same reason importFile() gives.
    void preparedPhotosAreDecodedAndPdfsReady()
    {
        const QByteArray turned = withSegment(jpegOf(twoColourImage(QSize(3200, 2400))), exifSegment(6));
        const PreparedFile photo = DocumentImporter::prepareFile(write(u"turned.jpg"_qs, turned));
        QCOMPARE(photo.error, ImportError::None);
        QVERIFY(photo.file.data.isEmpty());
        QCOMPARE(photo.photo.size(), QSize(1800, 2400));
        const QByteArray pdf("%PDF-1.4\nx\n%%EOF\n");
        const PreparedFile letter = DocumentImporter::prepareFile(write(u"letter.pdf"_qs, pdf));
        QCOMPARE(letter.error, ImportError::None);
        QVERIFY(letter.photo.isNull());
        QCOMPARE(letter.file.mimeType, u"application/pdf"_qs);
        QCOMPARE(letter.file.data, pdf);
        QCOMPARE(DocumentImporter::prepareFile(write(u"empty.jpg"_qs, {})).error, ImportError::Empty);
        QCOMPARE(DocumentImporter::prepareFile(write(u"bad.jpg"_qs, "\xFF\xD8\xFFjunk")).error,
                 ImportError::CorruptImage);
        QCOMPARE(DocumentImporter::prepareFile(QString()).error, ImportError::Unreadable);
    }

    void exifAndGpsAreGoneAndOrientationIsApplied()
    {
        const QByteArray original = jpegOf(twoColourImage(QSize(3200, 2400)));
        const QByteArray withExif = withSegment(original, exifSegment(6)); // 6: turn 90° clockwise
        QVERIFY(markersOf(withExif).contains(0xE1));
        QCOMPARE(QImageReader(write(u"exif.jpg"_qs, withExif)).transformation(),
                 QImageIOHandler::TransformationRotate90);

        const ImportResult result = DocumentImporter::importFile(m_dir.filePath(u"exif.jpg"_qs));
        QCOMPARE(result.error, ImportError::None);
        QCOMPARE(result.file.mimeType, u"image/jpeg"_qs);
        const QList<quint8> markers = markersOf(result.file.data);
        QVERIFY(!markers.isEmpty());
        QVERIFY(!markers.contains(0xE1));
        QVERIFY(!markers.contains(0xFE)); // no comment either
        QVERIFY(!result.file.data.contains("Exif"));
        QVERIFY(!result.file.data.contains(u32(gpsSeconds) + u32(100)));

        const QImage stored = decoded(result.file.data);
        QCOMPARE(stored.size(), QSize(1800, 2400)); // upright, long side 2400
        QVERIFY(qRed(stored.pixel(1700, 1200)) > 150); // the red top is now on the right
        QVERIFY(qBlue(stored.pixel(100, 1200)) > 150);

        QVERIFY(!markersOf(result.file.thumbnail).contains(0xE1));
        QCOMPARE(decoded(result.file.thumbnail).size(), QSize(240, 320));
    }

    void smallImagesKeepTheirSize()
    {
        const ImportResult result =
            DocumentImporter::importFile(write(u"small.jpg"_qs, jpegOf(twoColourImage(QSize(640, 480)))));
        QCOMPARE(result.error, ImportError::None);
        QCOMPARE(decoded(result.file.data).size(), QSize(640, 480));
    }

    void pngWithTransparencyBecomesJpegOnWhite()
    {
        QImage image(200, 100, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        image.setText(u"Comment"_qs, u"secret-comment"_qs);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "png"));
        const ImportResult result = DocumentImporter::importFile(write(u"clear.png"_qs, png));
        QCOMPARE(result.error, ImportError::None);
        QVERIFY(!result.file.data.contains("secret-comment"));
        QCOMPARE(QColor(decoded(result.file.data).pixel(100, 50)).lightness() > 240, true);
    }

    void cameraPicturesAreScaled()
    {
        const ImportResult result = DocumentImporter::importImage(twoColourImage(QSize(4000, 3000)));
        QCOMPARE(result.error, ImportError::None);
        QCOMPARE(decoded(result.file.data).size(), QSize(2400, 1800));
        QCOMPARE(DocumentImporter::importImage(QImage()).error, ImportError::CorruptImage);
    }

    void pdfIsStoredAsItIs()
    {
        const QByteArray pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
        const ImportResult result = DocumentImporter::importFile(write(u"letter.pdf"_qs, pdf));
        QCOMPARE(result.error, ImportError::None);
        QCOMPARE(result.file.mimeType, u"application/pdf"_qs);
        QCOMPARE(result.file.data, pdf);
        QVERIFY(result.file.thumbnail.isEmpty());
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<ImportError>("error");
        const QByteArray jpegHead("\xFF\xD8\xFF\xE0", 4);
        QTest::newRow("empty") << QByteArray() << qint64(0) << ImportError::Empty;
        QTest::newRow("200 MB") << jpegHead << qint64(200) * 1024 * 1024 << ImportError::TooBig;
        QTest::newRow("41 MB") << jpegHead << qint64(41) * 1024 * 1024 << ImportError::TooBig;
        QTest::newRow("200 MB PDF") << QByteArray("%PDF-1.7\n") << qint64(200) * 1024 * 1024
                                    << ImportError::PdfTooBig;
        QTest::newRow("200 MB text") << QByteArray("text") << qint64(200) * 1024 * 1024
                                     << ImportError::TooBig;
        QTest::newRow("25 MB PDF") << QByteArray("%PDF-1.7\n") << qint64(25) * 1024 * 1024
                                   << ImportError::PdfTooBig;
        QTest::newRow("PDF without end")
            << QByteArray("%PDF-1.7\n1 0 obj\n") << qint64(0) << ImportError::CorruptPdf;
        QTest::newRow("corrupt JPEG")
            << jpegHead + QByteArray(5000, '\x5a') << qint64(0) << ImportError::CorruptImage;
        QTest::newRow("corrupt PNG") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) +
                QByteArray(300, '\x01')
                                     << qint64(0) << ImportError::CorruptImage;
        QTest::newRow("text named .jpg")
            << QByteArray("hello, this is text") << qint64(0) << ImportError::UnknownType;
        QTest::newRow("HEIC") << QByteArray("\0\0\0\x18"
                                            "ftypheic",
                                            12) +
                QByteArray(100, 'x')
                              << qint64(0) << ImportError::UnknownType;
    }

    void badFilesAreRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(qint64, size);
        QFETCH(ImportError, error);
        QFile file(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".jpg"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(head), head.size());
        if (size > 0)
            QVERIFY(file.resize(size)); // sparse: no disk space used
        file.close();
        QCOMPARE(DocumentImporter::importFile(file.fileName()).error, error);
        QVERIFY(file.remove());
    }

    void missingFilesAndOtherSchemesAreUnreadable()
    {
        QCOMPARE(DocumentImporter::importFile(m_dir.filePath(u"nothing-here.jpg"_qs)).error,
                 ImportError::Unreadable);
        QCOMPARE(FilePlaces::pathOf(QUrl(u"https://example.org/a.jpg"_qs)), QString());
        QCOMPARE(FilePlaces::pathOf(QUrl::fromLocalFile(u"/tmp/a b.jpg"_qs)), u"/tmp/a b.jpg"_qs);
        // What Qt 6.4's own save chooser hands back: a path without "file:".
        QCOMPARE(FilePlaces::pathOf(QUrl(u"/tmp/Documents/summary.pdf"_qs)),
                 u"/tmp/Documents/summary.pdf"_qs);
        QCOMPARE(FilePlaces::pathOf(QUrl(u"relative.pdf"_qs)), QString());
        QCOMPARE(FilePlaces::pathOf(QUrl(u"content://com.android.providers/document/12"_qs)),
                 u"content://com.android.providers/document/12"_qs);
        QCOMPARE(DocumentImporter::importFile(QString()).error, ImportError::Unreadable);
    }

    // What "The backup is saved: …" and "Backup file: …" name: the folder and the file, from
    // every kind of place a chooser hands back.
    void aChosenFileIsNamedByItsFolderAndName()
    {
        const FilePlaces places;
        QCOMPARE(places.shownName(QUrl::fromLocalFile(u"/home/amal/Documents/family 2.samen"_qs)),
                 u"Documents/family 2.samen"_qs);
        QCOMPARE(places.shownName(QUrl(u"/tmp/Documents/summary.pdf"_qs)), u"Documents/summary.pdf"_qs);
        QCOMPARE(
            places.shownName(QUrl(
                u"content://com.android.externalstorage.documents/document/primary%3ADocuments%2Ffamily.samen"_qs)),
            u"Documents/family.samen"_qs);
        QCOMPARE(
            places.shownName(QUrl(u"content://com.android.providers.downloads.documents/document/12"_qs)),
            u"12"_qs);
        QCOMPARE(places.shownName(QUrl::fromLocalFile(u"/family.samen"_qs)), u"family.samen"_qs);
        QCOMPARE(places.shownName(QUrl()), QString());
    }

    void onlyRegularFilesAreRead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("FIFO") << m_dir.filePath(u"pipe.jpg"_qs);
        QTest::newRow("endless device") << u"/dev/zero"_qs;
        QTest::newRow("random device") << u"/dev/urandom"_qs;
        QTest::newRow("folder") << m_dir.path();
    }
    void onlyRegularFilesAreRead()
    {
        QFETCH(QString, path);
        const QByteArray fifo = QFile::encodeName(m_dir.filePath(u"pipe.jpg"_qs));
        QVERIFY(QFile::exists(m_dir.filePath(u"pipe.jpg"_qs)) || ::mkfifo(fifo.constData(), 0600) == 0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(DocumentImporter::importFile(path).error, ImportError::Unreadable); // without blocking
        QVERIFY(timer.elapsed() < 2000);
    }

    void storeAddsPagesWithSafeNamesAndMovesTheStatus()
    {
        QTemporaryDir vaultDir;
        const auto created = samen::vault::testsupport::createdVault(vaultDir.path());
        QVERIFY(created);
        auto &vault = *created;
        auto &db = *vault.database();
        const qint64 documentId = seedDocument(db, u"Amal"_qs, u"marriageCertificate"_qs);
        QVERIFY(documentId != 0);
        const ImportResult photo = DocumentImporter::importImage(twoColourImage(QSize(100, 80)));
        AttachmentStore store(db);
        const auto first = store.add(documentId, photo.file, QDateTime::currentDateTimeUtc());
        const auto second = store.add(documentId, photo.file, QDateTime::currentDateTimeUtc());
        QVERIFY(first && second);
        QCOMPARE(samen::vault::DocumentRepository(db).document(documentId)->status,
                 samen::dossier::DocumentStatus::Have);
        samen::vault::DocumentRepository documents(db);
        const QList<samen::vault::AttachmentSummary> pages = documents.attachmentSummaries(documentId);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).fileName, u"marriageCertificate-1.jpg"_qs);
        QCOMPARE(pages.at(1).fileName, u"marriageCertificate-2.jpg"_qs);
        QVERIFY(samen::vault::DocumentRepository(db).removeAttachment(*first));
        const auto third = store.add(documentId, photo.file, QDateTime::currentDateTimeUtc());
        QCOMPARE(documents.attachmentSummaries(documentId).constLast().fileName,
                 u"marriageCertificate-3.jpg"_qs);
        QCOMPARE(documents.documentOf(*third), documentId);
        QVERIFY(!store.add(documentId + 100, photo.file, QDateTime::currentDateTimeUtc()));
        QCOMPARE(documents.firstDocumentId(), documentId);

        auto document = *samen::vault::DocumentRepository(db).document(documentId);
        document.status = samen::dossier::DocumentStatus::Translated;
        QVERIFY(samen::vault::DocumentRepository(db).save(document));
        QVERIFY(store.add(documentId, photo.file, QDateTime::currentDateTimeUtc()));
        QCOMPARE(samen::vault::DocumentRepository(db).document(documentId)->status,
                 samen::dossier::DocumentStatus::Translated); // never moved back
    }

    void safeFileNamesHoldOnlySafeCharacters()
    {
        QCOMPARE(AttachmentStore::safeFileName(u"../../x; rm -rf ~\u202Egpj"_qs, 2, u"image/jpeg"_qs),
                 u"x-rm-rf-gpj-2.jpg"_qs);
        QCOMPARE(AttachmentStore::safeFileName(QString(), 1, u"application/pdf"_qs), u"document-1.pdf"_qs);
    }
};

QTEST_MAIN(TestDocumentImport)
#include "tst_documentimport.moc"
