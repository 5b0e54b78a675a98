#include "documents/thumbnailcache.h"
#include "documents/thumbnailimageprovider.h"
#include "support/documenttestsupport.h"
#include "support/uitestsession.h"
#include "uiinspector.h"
#include "vault/vault.h"

#include "support/vaulttestsupport.h"

#include <QQuickItem>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace samen::documents::testsupport;

namespace {

/** The visible images under @p item whose source starts with @p prefix. */
QList<QQuickItem *> imagesFrom(QQuickItem *item, const QString &prefix)
{
    QList<QQuickItem *> found;
    if (item->isVisible() && item->property("source").toUrl().toString().startsWith(prefix))
        found << item;
    for (QQuickItem *child : item->childItems())
        found += imagesFrom(child, prefix);
    return found;
}

constexpr int imageReady = 1; // QQuickImageBase::Ready

} // namespace

// The pages of a paper with real pages in the vault: thumbnails and the large picture come
// through the image provider (synchronously, from the vault), the layout holds in every
// language, and locking the vault empties the page.
class TestDocumentPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSession> m_session;
    QTemporaryDir m_dir;
    qint64 m_documentId = 0;

    /** The photos of the page on screen. */
    [[nodiscard]] DocumentPhotos *photos() const { return shownPhotos(m_session->window()->contentItem()); }

    /** Shows page @p name of the seeded paper at its page @p pageIndex. */
    [[nodiscard]] bool show(const QString &name, int pageIndex = 0) const
    {
        QVariantMap subject { { u"documentId"_qs, double(m_documentId) } };
        if (name == u"viewer")
            subject.insert(u"pageIndex"_qs, pageIndex);
        return UiInspector::showPage(m_session->window(), name, subject);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<UiTestSession>();
        QVERIFY(m_session->window());
        QVERIFY(m_session->createVault([this](samen::vault::Database &db) {
            m_documentId = seedDocument(db, u"Amal"_qs);
            return m_documentId != 0;
        }));
        DocumentFiles &files = m_session->documentFiles();
        bool ok = false;
        QVERIFY(files.importCamera(m_documentId, twoColourImage(QSize(1500, 2000))) &&
                waitForFinished(files, &ok) && ok);
        QFile pdf(m_dir.filePath(u"letter.pdf"_qs));
        QVERIFY(pdf.open(QIODevice::WriteOnly) && pdf.write("%PDF-1.4\nx\n%%EOF\n") > 0);
        pdf.close();
        QVERIFY(files.importFile(m_documentId, QUrl::fromLocalFile(pdf.fileName())) &&
                waitForFinished(files, &ok) && ok);
    }

    void cleanupTestCase() { m_session.reset(); }

    void thumbnailsComeFromTheVault()
    {
        QVERIFY(show(u"documentfiles"_qs));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        const auto thumbnails = imagesFrom(m_session->window()->contentItem(), u"image://thumbnail/"_qs);
        QCOMPARE(thumbnails.size(), 1); // the PDF shows a sign instead
        QTRY_COMPARE(thumbnails.constFirst()->property("status").toInt(), imageReady); // decoded on a worker
        QCOMPARE(thumbnails.constFirst()->property("sourceSize").toSize(), QSize(240, 320));
    }

    void viewerShowsTheStoredPicture()
    {
        QVERIFY(show(u"viewer"_qs, 0));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        // Issue 19 item 4: the page's picture is decoded on a worker, not on the GUI thread.
        const int guiDecodesBefore = ThumbnailImageProvider::decodedOnGuiThread();
        const auto pictures = imagesFrom(m_session->window()->contentItem(), u"image://picture/"_qs);
        QCOMPARE(pictures.size(), 1);
        QVERIFY(pictures.constFirst()->property("asynchronous").toBool());
        QTRY_COMPARE(pictures.constFirst()->property("status").toInt(), imageReady);
        QCOMPARE(pictures.constFirst()->property("sourceSize").toSize(), QSize(1500, 2000));
        QCOMPARE(ThumbnailImageProvider::decodedOnGuiThread(), guiDecodesBefore);
        QVERIFY(photos());
        photos()->setPageIndex(1);
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        QVERIFY(imagesFrom(m_session->window()->contentItem(), u"image://picture/"_qs).isEmpty()); // the PDF
        QVERIFY(m_session->documentFiles().pictures().bytes(photos()->attachments()->idAt(0)).isEmpty());
        photos()->setPageIndex(0); // the picture's bytes are held again for the worker
        QVERIFY(!m_session->documentFiles().pictures().bytes(photos()->attachments()->idAt(0)).isEmpty());
    }

    void layoutHoldsWithPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        for (const char *language : { "en", "ar", "ti", "fa_AF", "nl" }) {
            for (const char *page : { "documentfiles", "viewer" })
                QTest::addRow("%s %s", language, page)
                    << QString::fromLatin1(language) << QString::fromLatin1(page);
        }
    }

    void layoutHoldsWithPages()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        QVERIFY(m_session->languages().apply(language));
        m_session->window()->resize(360, 640);
        QVERIFY(show(page, 0));
        const QImage frame = UiInspector::renderFrame(m_session->window());
        QVERIFY(!frame.isNull());
        const QString shots = qEnvironmentVariable("SAMEN_DOCUMENT_SHOTS");
        if (!shots.isEmpty())
            frame.save(u"%1/%2-%3.png"_qs.arg(shots, page, language));
        const QStringList problems = UiInspector::layoutProblems(m_session->window()->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void lockingEmptiesThePage()
    {
        m_session->vault().lock();
        QCOMPARE(m_session->vault().state(), VaultController::Locked);
        QVERIFY(show(u"documentfiles"_qs));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        QVERIFY(imagesFrom(m_session->window()->contentItem(), u"image://thumbnail/"_qs).isEmpty());
        QVERIFY(m_session->reopenVault());
    }
};

QTEST_MAIN(TestDocumentPages)
#include "tst_documentpages.moc"
