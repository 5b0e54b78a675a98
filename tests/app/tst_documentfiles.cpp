#include "documents/attachmentimageprovider.h"
#include "documents/documentfiles.h"
#include "documents/documentphotos.h"
#include "documents/thumbnailimageprovider.h"
#include "dossierevents.h"
#include "languagecontroller.h"
#include "photocheck/photocheck.h"
#include "support/documenttestsupport.h"
#include "vault/documentrepository.h"
#include "vault/vault.h"

#include "support/vaulttestsupport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace samen::documents;
using namespace samen::documents::testsupport;
using samen::vault::DocumentRepository;

// DocumentFiles and a page's DocumentPhotos as the pages drive them: imports through the worker
// thread, refused files, the model, the image provider, export, the vault locking in the middle
// of an import, and two pages that show different papers without sharing anything.
class TestDocumentFiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<samen::vault::Vault> m_vault;
    std::unique_ptr<LanguageController> m_languages;
    DossierEvents m_events;
    std::unique_ptr<DocumentFiles> m_files;
    std::unique_ptr<DocumentPhotos> m_photos;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_documentId = 0;

    QUrl file(const QString &name, const QByteArray &bytes) const
    {
        QFile out(m_dir->filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return {};
        return QUrl::fromLocalFile(out.fileName());
    }

    [[nodiscard]] bool import(const QUrl &url, bool expectOk)
    {
        bool ok = !expectOk;
        return m_photos->importFile(url) && waitForFinished(*m_files, &ok) && ok == expectOk;
    }

    [[nodiscard]] samen::vault::Database &db() const { return *m_vault->database(); }

    [[nodiscard]] QByteArray storedData(qint64 attachmentId) const
    {
        const auto attachment = DocumentRepository(db()).attachment(attachmentId);
        return attachment ? attachment->data : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_vault = samen::vault::testsupport::createdVault(m_dir->filePath(u"vault"_qs));
        QVERIFY(m_vault);
        m_documentId = seedDocument(db(), u"Şükrü Öz/../x"_qs);
        QVERIFY(m_documentId != 0);
        m_languages = std::make_unique<LanguageController>(nullptr);
        m_languages->apply(u"en"_qs);
        m_files = std::make_unique<DocumentFiles>(*m_languages, m_events, nullptr);
        m_photos = std::make_unique<DocumentPhotos>(*m_files);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_photos->attachments(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_files->setDatabase(&db());
        m_photos->setDocumentId(m_documentId);
    }

    void cleanup()
    {
        m_tester.reset();
        m_photos.reset();
        m_files.reset();
        m_languages.reset();
        m_vault.reset();
        m_dir.reset();
    }

    void showsTheDocumentItIsGiven()
    {
        QCOMPARE(m_photos->documentId(), m_documentId);
        QVERIFY(m_photos->exists());
        const qint64 second = seedDocument(db(), u"Sara"_qs, u"birthCertificate"_qs);
        m_photos->setDocumentId(second);
        QVERIFY(m_photos->exists());
        QVERIFY(m_photos->memberId() != 0);
        m_photos->setDocumentId(second + 50); // deleted meanwhile: nothing, and nothing can be added
        QVERIFY(!m_photos->exists());
        QVERIFY(!m_photos->importFile(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(64, 48))))));
        m_photos->setDocumentId(m_documentId);
        QVERIFY(m_photos->exists());
        m_files->setDatabase(nullptr);
        QVERIFY(!m_photos->exists());
        QVERIFY(!m_photos->importFile(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(64, 48))))));
    }

    // Issue 14: two pages of photos open at once (say the viewer of one paper above the list of
    // another) each keep their paper, page and message; a result reaches only its own paper.
    void twoPagesShareNothing()
    {
        const qint64 second = seedDocument(db(), u"Sara"_qs, u"birthCertificate"_qs);
        DocumentPhotos other(*m_files);
        QAbstractItemModelTester otherTester(other.attachments(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        other.setDocumentId(second);
        QVERIFY(import(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(300, 200)))), true));
        QVERIFY(import(file(u"b.pdf"_qs, "%PDF-1.4\nx\n%%EOF\n"), true));
        QCOMPARE(m_photos->attachments()->rowCount(), 2);
        QCOMPARE(m_photos->pageIndex(), 1);
        QCOMPARE(m_photos->message(), u"The page is added."_qs);
        QCOMPARE(other.attachments()->rowCount(), 0);
        QCOMPARE(other.pageIndex(), 0);
        QVERIFY(other.message().isEmpty());

        bool ok = false;
        QVERIFY(other.importCamera(twoColourImage(QSize(400, 300))) && waitForFinished(*m_files, &ok) && ok);
        QCOMPARE(other.attachments()->rowCount(), 1);
        QCOMPARE(m_photos->attachments()->rowCount(), 2);
        QCOMPARE(m_photos->pageIndex(), 1);
        QVERIFY(m_photos->attachments()->idAt(0) != other.attachments()->idAt(0));
        m_photos->setPageIndex(0);
        QCOMPARE(other.pageIndex(), 0);
        other.clearMessage();
        QCOMPARE(m_photos->message(), u"The page is added."_qs);

        // A page deletes only its own paper's pages; the other keeps its thumbnails.
        QVERIFY(!other.remove(m_photos->attachments()->idAt(0)));
        QVERIFY(!m_files->remove(second, m_photos->attachments()->idAt(0)));
        QVERIFY(m_photos->remove(m_photos->attachments()->idAt(0)));
        QCOMPARE(m_photos->attachments()->rowCount(), 1);
        QCOMPARE(other.attachments()->rowCount(), 1);
        QVERIFY(other.message().isEmpty());
        QVERIFY(!m_files->thumbnails().bytes(other.attachments()->idAt(0)).isEmpty());
    }

    // The view of a closed page takes its thumbnails with it: nothing of a paper stays readable.
    void aClosedPageLeavesNoThumbnails()
    {
        QVERIFY(import(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(300, 200)))), true));
        const qint64 id = m_photos->attachments()->idAt(0);
        QVERIFY(m_files->thumbnails().contains(id));
        QVERIFY(!m_files->imageBytes(id).isEmpty());
        m_tester.reset();
        m_photos.reset();
        QVERIFY(!m_files->thumbnails().contains(id));
        QVERIFY(m_files->imageBytes(id).isEmpty());
    }

    void importAddsPagesToTheModel()
    {
        QVERIFY(import(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(640, 480)))), true));
        QVERIFY(import(file(u"b.pdf"_qs, "%PDF-1.4\nx\n%%EOF\n"), true));
        QCOMPARE(m_photos->message(), u"The page is added."_qs);
        QVERIFY(m_photos->isMessageGood());
        auto *model = m_photos->attachments();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(m_photos->pageIndex(), 1);
        const QModelIndex pdf = model->index(1);
        QCOMPARE(pdf.data(AttachmentModel::IsPdfRole).toBool(), true);
        QCOMPARE(pdf.data(AttachmentModel::PageRole).toInt(), 2);
        QVERIFY(!pdf.data(AttachmentModel::CreatedRole).toString().isEmpty());
        QCOMPARE(model->index(0).data(AttachmentModel::ThumbnailRole).toString(),
                 u"image://thumbnail/%1"_qs.arg(model->idAt(0)));
        QCOMPARE(DocumentRepository(db()).document(m_documentId)->status,
                 samen::dossier::DocumentStatus::Have);

        QVERIFY(m_photos->importCamera(twoColourImage(QSize(3000, 4000))));
        bool ok = false;
        QVERIFY(waitForFinished(*m_files, &ok) && ok);
        QCOMPARE(model->rowCount(), 3);

        QVERIFY(m_photos->remove(model->idAt(0)));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->index(0).data(AttachmentModel::IsPdfRole).toBool());
        QVERIFY(!m_photos->remove(12345));
    }

    void badFilesStoreNothingAndLoseNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("message");
        const QByteArray jpegHead("\xFF\xD8\xFF\xE0", 4);
        QTest::newRow("corrupt") << u"broken.jpg"_qs << jpegHead + QByteArray(4000, 'q') << qint64(0)
                                 << u"This picture is damaged. Choose another file or take a new photo."_qs;
        QTest::newRow("empty") << u"empty.jpg"_qs << QByteArray() << qint64(0)
                               << u"This file is empty. Choose another file."_qs;
        QTest::newRow("200 MB") << u"huge.jpg"_qs << jpegHead << qint64(200) * 1024 * 1024
                                << u"This file is too big. The limit is 40 MB."_qs;
        QTest::newRow("big PDF") << u"big.pdf"_qs << QByteArray("%PDF-1.5\n") << qint64(21) * 1024 * 1024
                                 << u"This file is too big. The limit is 20 MB."_qs;
        QTest::newRow("hostile name, not an image")
            << u"x; rm -rf ~ \u202Egpj.exe"_qs << QByteArray("#!/bin/sh\nrm -rf ~\n") << qint64(0)
            << u"This kind of file cannot be added. Choose a photo or a PDF file."_qs;
    }

    void badFilesStoreNothingAndLoseNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(qint64, size);
        QFETCH(QString, message);
        QVERIFY(import(file(u"good.jpg"_qs, jpegOf(twoColourImage(QSize(300, 200)))), true));
        const qint64 earlier = m_photos->attachments()->idAt(0);
        const QByteArray earlierBytes = storedData(earlier);
        QVERIFY(!earlierBytes.isEmpty());

        const QUrl url = file(name, head);
        QVERIFY(url.isValid());
        if (size > 0)
            QVERIFY(QFile::resize(url.toLocalFile(), size));
        QVERIFY(import(url, false));
        QCOMPARE(m_photos->message(), message);
        QVERIFY(!m_photos->isMessageGood());
        QCOMPARE(DocumentRepository(db()).attachmentIds(m_documentId), QList<qint64> { earlier });
        QCOMPARE(storedData(earlier), earlierBytes);
        QCOMPARE(m_photos->attachments()->rowCount(), 1);
    }

    void hostileNameIsNeverUsed()
    {
        const QString hostile = u"x; rm -rf ~ \u202Egpj.jpg"_qs;
        QVERIFY(QDir(m_dir->path()).mkpath(u"a/b"_qs));
        file(hostile, jpegOf(twoColourImage(QSize(120, 90))));
        QVERIFY(import(QUrl::fromLocalFile(m_dir->filePath(u"a/b/../../"_qs + hostile)), true));
        const auto stored = DocumentRepository(db()).attachment(m_photos->attachments()->idAt(0));
        QVERIFY(stored);
        QCOMPARE(stored->fileName, u"identity-1.jpg"_qs);
    }

    void exportWritesSafeNamesAndNeverOverwrites()
    {
        QVERIFY(import(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(300, 200)))), true));
        QVERIFY(import(file(u"b.pdf"_qs, "%PDF-1.4\nx\n%%EOF\n"), true));
        const QString out = m_dir->filePath(u"export"_qs);
        QVERIFY(QDir().mkpath(out));
        const samen::vault::testsupport::UsualUmask umask;
        bool ok = false;
        QVERIFY(m_photos->exportMember(QUrl::fromLocalFile(out)));
        QVERIFY(waitForFinished(*m_files, &ok) && ok);
        QCOMPARE(QDir(out).entryList(QDir::Files),
                 (QStringList { u"Sukru-Oz-x-identity-1.jpg"_qs, u"Sukru-Oz-x-identity-2.pdf"_qs }));
        QCOMPARE(m_photos->message(), u"2 copies saved. Delete them after you have uploaded them."_qs);
        const QByteArray firstBytes = storedData(m_photos->attachments()->idAt(0));
        QFile first(out + u"/Sukru-Oz-x-identity-1.jpg"_qs);
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), firstBytes);
        first.close();
        QFile second(out + u"/Sukru-Oz-x-identity-2.pdf"_qs);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), QByteArray("%PDF-1.4\nx\n%%EOF\n"));
        second.close();

        QVERIFY(m_photos->exportAttachment(m_photos->attachments()->idAt(0), QUrl::fromLocalFile(out)));
        QVERIFY(waitForFinished(*m_files, &ok) && ok);
        QCOMPARE(m_photos->message(), u"1 copy saved. Delete it after you have uploaded it."_qs);
        QVERIFY(QFile::exists(out + u"/Sukru-Oz-x-identity-1-2.jpg"_qs));
        QCOMPARE(samen::vault::testsupport::sha256(out + u"/Sukru-Oz-x-identity-1.jpg"_qs),
                 QCryptographicHash::hash(firstBytes, QCryptographicHash::Sha256));
        static const QRegularExpression safe(u"^[A-Za-z0-9-]+\\.(jpg|pdf)$"_qs);
        for (const QString &name : QDir(out).entryList(QDir::Files)) {
            QVERIFY2(safe.match(name).hasMatch(), qPrintable(name));
            QCOMPARE(samen::vault::testsupport::modeOf(QDir(out).filePath(name)), 0600); // unencrypted copies
        }

        QVERIFY(!m_photos->exportMember(QUrl::fromLocalFile(m_dir->filePath(u"missing/x"_qs))) ||
                (waitForFinished(*m_files, &ok) && !ok));
        QVERIFY(!m_photos->isMessageGood());
    }

    void exportNamesFallBackToTheMemberNumber()
    {
        QCOMPARE(AttachmentExport::baseName(u"سارا"_qs, 7, u"birthCertificate"_qs, 3),
                 u"member-7-birthCertificate-3"_qs);
        QCOMPARE(AttachmentExport::baseName(u"  Ahmed  Al-Haddad "_qs, 7, u"identity"_qs, 1),
                 u"Ahmed-Al-Haddad-identity-1"_qs);
        QCOMPARE(AttachmentExport::baseName(QString(), 0, u"../.."_qs, 1), u"me-document-1"_qs);
    }

    void imageProviderServesOnlyOnItsOwnThread()
    {
        QVERIFY(import(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(800, 600)))), true));
        const QString id = QString::number(m_photos->attachments()->idAt(0));
        AttachmentImageProvider full(*m_files);
        QSize size;
        QCOMPARE(full.requestImage(id, &size, QSize()).size(), QSize(800, 600));
        QCOMPARE(size, QSize(800, 600));
        QVERIFY(full.requestImage(id, &size, QSize(200, 200)).width() <= 200);
        QVERIFY(full.requestImage(u"999"_qs, &size, QSize()).isNull());
        QTest::ignoreMessage(QtWarningMsg,
                             "image://attachment must be loaded synchronously (Image.asynchronous: false)");
        QImage fromWorker(1, 1, QImage::Format_RGB32);
        std::unique_ptr<QThread> worker(
            QThread::create([&] { fromWorker = full.requestImage(id, nullptr, QSize()); }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY(fromWorker.isNull());
        m_files->setDatabase(nullptr);
        QVERIFY(full.requestImage(id, &size, QSize()).isNull());
    }

    /** The image @p provider gives for @p id, waited for on this (the GUI) thread. */
    static QImage thumbnailFrom(ThumbnailImageProvider &provider, const QString &id, QSize requested = {})
    {
        std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(id, requested));
        QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
        if (!finished.wait(10000) && finished.isEmpty())
            return {};
        std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
        return factory ? factory->image() : QImage();
    }

    void thumbnailsAreDecodedOffTheGuiThreadAndGoneAfterLock()
    {
        QVERIFY(import(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(800, 600)))), true));
        const QString id = QString::number(m_photos->attachments()->idAt(0));
        ThumbnailImageProvider thumbnails(m_files->thumbnails());
        QCOMPARE(thumbnailFrom(thumbnails, id).size(), QSize(320, 240));
        QVERIFY(thumbnailFrom(thumbnails, id, QSize(100, 100)).width() <= 100);
        QVERIFY(thumbnailFrom(thumbnails, u"999"_qs).isNull());
        QCOMPARE(ThumbnailImageProvider::decodedOnGuiThread(), 0);
        m_files->setDatabase(nullptr);
        QVERIFY(thumbnailFrom(thumbnails, id).isNull()); // nothing kept after lock
    }

    void lockingDuringAnImportDropsIt()
    {
        QVERIFY(m_photos->importFile(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(2000, 1500))))));
        QVERIFY(m_files->isBusy());
        m_files->setDatabase(nullptr);
        QSignalSpy busy(m_files.get(), &DocumentFiles::busyChanged);
        QVERIFY(busy.wait(10000));
        QVERIFY(!m_files->isBusy());
        m_files->setDatabase(&db());
        QVERIFY(DocumentRepository(db()).attachmentIds(m_documentId).isEmpty());
    }

    // Issue 17: with the photo check set (as AppServices does), a photo is stored only after
    // "Use this photo", straightened; a PDF skips the check; a cancelled or retaken check stores
    // nothing; a letter's photo is never stored here.
    void photosWaitInThePhotoCheckUntilUsed()
    {
        PhotoCheck check(*m_languages, nullptr);
        m_files->setPhotoCheck(&check);
        QSignalSpy toCheck(m_photos.get(), &DocumentPhotos::photoToCheck);
        QVERIFY(import(file(u"a.jpg"_qs, jpegOf(twoColourImage(QSize(600, 800)))), true));
        QCOMPARE(toCheck.size(), 1);
        QCOMPARE(m_photos->attachments()->rowCount(), 0);
        QTRY_COMPARE(check.status(), PhotoCheckStatus::Ready);
        QCOMPARE(check.purpose(), u"document"_qs);
        QCOMPARE(check.photoSize(), QSize(600, 800));
        const QVariantList inner { QPointF(0.1, 0.1), QPointF(0.9, 0.1), QPointF(0.9, 0.6), QPointF(0.1, 0.6) };
        QSignalSpy finished(m_files.get(), &DocumentFiles::finished);
        QVERIFY(check.accept(inner));
        QVERIFY(samen::testsupport::waitForFinished(finished));
        QVERIFY(finished.constFirst().at(1).toBool());
        QCOMPARE(m_photos->attachments()->rowCount(), 1);
        QCOMPARE(check.status(), PhotoCheckStatus::Idle);
        const QImage stored = QImage::fromData(storedData(m_photos->attachments()->idAt(0)), "jpeg");
        QCOMPARE(stored.size(), QSize(480, 400)); // what lies inside the corners, not the whole photo

        QVERIFY(import(file(u"b.pdf"_qs, "%PDF-1.4\nx\n%%EOF\n"), true));
        QCOMPARE(toCheck.size(), 1);
        QCOMPARE(m_photos->attachments()->rowCount(), 2);

        QVERIFY(import(file(u"c.jpg"_qs, jpegOf(twoColourImage(QSize(600, 800)))), true));
        QTRY_COMPARE(check.status(), PhotoCheckStatus::Ready);
        check.cancel();
        QVERIFY(m_photos->checkCamera(twoColourImage(QSize(400, 300))));
        QTRY_COMPARE(check.status(), PhotoCheckStatus::Ready);
        check.retake();
        QVERIFY(check.begin(twoColourImage(QSize(400, 300)), u"letter"_qs));
        QTRY_COMPARE(check.status(), PhotoCheckStatus::Ready);
        QSignalSpy accepted(&check, &PhotoCheck::accepted);
        QVERIFY(check.accept(check.corners()));
        QTRY_COMPARE(accepted.size(), 1);
        QTest::qWait(100);
        QVERIFY(!m_files->isBusy());
        QCOMPARE(m_photos->attachments()->rowCount(), 2);
        QCOMPARE(DocumentRepository(db()).attachmentSummaries(m_documentId).size(), 2);
        m_files->setPhotoCheck(nullptr);
    }
};

QTEST_MAIN(TestDocumentFiles)
#include "tst_documentfiles.moc"
