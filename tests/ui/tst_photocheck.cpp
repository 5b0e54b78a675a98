// The photo check in the app (issue 17 item 2): a photo chosen through the real file chooser
// goes to the check page before anything is stored; a blurred one shows the blur message and
// "Take again" goes back to the chooser; a sharp one shows its corners, a corner can be dragged,
// and "Use this photo" stores exactly one straightened page. A letter's photo is handed to
// PhotoCheck.accepted and stored nowhere. The check page holds its layout in five languages.

#include "documents/documentphotos.h"
#include "imaging/photoquality.h"
#include "support/documenttestsupport.h"
#include "support/pagephotos.h"
#include "support/uidriver.h"
#include "support/uitestsession.h"
#include "uiinspector.h"
#include "vault/documentrepository.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace samen::testsupport;

namespace {

/** The straightened page must have A4's proportion (the photo is 3:4). */
bool isA4(const QImage &image)
{
    return qAbs(double(image.height()) / image.width() - std::sqrt(2.0)) < 0.01;
}

} // namespace

class TestPhotoCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSession> m_session;
    std::unique_ptr<UiDriver> m_ui;
    QTemporaryDir m_dir;
    QString m_documents;
    qint64 m_documentId = 0;

    [[nodiscard]] QQuickWindow *window() const { return m_session->window(); }
    [[nodiscard]] PhotoCheck &check() const { return m_session->photoCheck(); }

    [[nodiscard]] int storedPages() const
    {
        return int(samen::vault::DocumentRepository(*m_session->database())
                       .attachmentSummaries(m_documentId)
                       .size());
    }

    void showPaper()
    {
        QVERIFY(UiInspector::showPage(window(), u"documentfiles"_qs,
                                      { { u"documentId"_qs, double(m_documentId) } }));
        QVERIFY(!UiInspector::renderFrame(window()).isNull());
    }

    /** Chooses @p name in the real file chooser of the paper's page and waits for the check's verdict. */
    void choosePhoto(const QString &name)
    {
        m_ui->tapNamed(u"addFileButton"_qs);
        m_ui->complete(name, QString(), u"Open"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(check().status(), PhotoCheckStatus::Ready, 20000);
        QTRY_VERIFY(m_ui->named(u"usePhotoButton"_qs) != nullptr);
    }

    void save(const QImage &image, const QString &name) const
    {
        QVERIFY(image.save(QDir(m_documents).filePath(name), "jpeg", 90));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", QFile::encodeName(m_dir.filePath(u"home"_qs)));
        m_documents = m_dir.filePath(u"home/Documents"_qs);
        QVERIFY(QDir().mkpath(m_documents));
        m_session = std::make_unique<UiTestSession>();
        QVERIFY(window());
        QVERIFY(m_session->createVault([this](samen::vault::Database &db) {
            m_documentId = samen::documents::testsupport::seedDocument(db, u"Amal"_qs);
            return m_documentId != 0;
        }));
        m_ui = std::make_unique<UiDriver>(window());
        window()->resize(360, 640);
        PagePhotoSpec sharp;
        sharp.rotation = 3;
        sharp.perspective = 0.08;
        const PagePhoto photo = renderPagePhoto(sharp);
        save(photo.image, u"sharp.jpg"_qs);
        save(blurred(photo.image, 3), u"blurred.jpg"_qs);
    }

    void cleanupTestCase()
    {
        m_ui.reset();
        m_session.reset();
    }

    void aBlurredPhotoIsRefusedWithItsReason()
    {
        showPaper();
        const int before = storedPages();
        choosePhoto(u"blurred.jpg"_qs);
        QVERIFY(check().flaws()->kinds().contains(PhotoFlaw::Blurred));
        const QStringList messages = m_ui->valuesNamed(u"flawMessage"_qs, "text");
        QVERIFY2(messages.contains(u"The photo is blurred. Hold the phone still and take it again."_qs),
                 qPrintable(messages.join(u'|')));
        QCOMPARE(storedPages(), before); // nothing is stored before "Use this photo"

        m_ui->tapNamed(u"retakeButton"_qs);
        QCOMPARE(check().status(), PhotoCheckStatus::Idle);
        QTRY_VERIFY(m_ui->openChooser() != nullptr); // back to the file chooser
        QVERIFY(m_ui->named(u"addFileButton"_qs)); // on the paper's page
        m_ui->complete(QString(), QString(), u"Cancel"_qs);
        QCOMPARE(storedPages(), before);
    }

    void aSharpPhotoIsStoredOnceAndStraight()
    {
        showPaper();
        const int before = storedPages();
        choosePhoto(u"sharp.jpg"_qs);
        QCOMPARE(check().flaws()->rowCount(), 0);
        QVERIFY(check().pageFound());
        QVERIFY(m_ui->named(u"photoClearMessage"_qs));
        for (int i = 0; i < 4; ++i)
            QVERIFY2(m_ui->named(u"cornerHandle%1"_qs.arg(i)), qPrintable(QString::number(i)));

        // Drag the top left corner 12 px to the right and 8 down, as a finger does.
        QQuickItem *handle = m_ui->named(u"cornerHandle0"_qs);
        QVERIFY(handle->width() >= 48 && handle->height() >= 48);
        const QPointF before0 = check().corners().at(0).toPointF();
        const QPoint start = handle->mapToScene(QPointF(handle->width() / 2, handle->height() / 2)).toPoint();
        QTest::mousePress(window(), Qt::LeftButton, {}, start);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(window(), start + QPoint(3 * step, 2 * step), 10);
        QTest::mouseRelease(window(), Qt::LeftButton, {}, start + QPoint(12, 8), 10);
        QQuickItem *page = m_ui->named(u"checkedPhoto"_qs)->parentItem();
        while (page && !page->property("corners").isValid())
            page = page->parentItem();
        QVERIFY(page);
        const QPointF moved = page->property("corners").toList().at(0).toPointF();
        QVERIFY2(
            moved.x() > before0.x() && moved.y() > before0.y(),
            qPrintable(u"%1,%2 -> %3,%4"_qs.arg(before0.x()).arg(before0.y()).arg(moved.x()).arg(moved.y())));

        // Without dragging: the keyboard (or a switch device) reaches each mark and moves it.
        QQuickItem *bottomRight = m_ui->named(u"cornerHandle2"_qs);
        QVERIFY(bottomRight->activeFocusOnTab());
        bottomRight->forceActiveFocus(Qt::TabFocusReason);
        QVERIFY(bottomRight->hasActiveFocus());
        const QPointF before2 = page->property("corners").toList().at(2).toPointF();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(window(), Qt::Key_Left);
        QTest::keyClick(window(), Qt::Key_Up);
        QTest::keyClick(window(), Qt::Key_Up, Qt::ShiftModifier);
        const QPointF keyed = page->property("corners").toList().at(2).toPointF();
        QVERIFY2(
            qAbs(keyed.x() - (before2.x() - 0.03)) < 1e-6 && qAbs(keyed.y() - (before2.y() - 0.012)) < 1e-6,
            qPrintable(u"%1,%2 -> %3,%4"_qs.arg(before2.x()).arg(before2.y()).arg(keyed.x()).arg(keyed.y())));

        QSignalSpy accepted(&check(), &PhotoCheck::accepted);
        m_ui->tapNamed(u"usePhotoButton"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
        QCOMPARE(accepted.at(0).at(0).toString(), u"document"_qs);
        QVERIFY(isA4(accepted.at(0).at(1).value<QImage>()));
        QTRY_COMPARE_WITH_TIMEOUT(storedPages(), before + 1, 20000);
        QTRY_VERIFY(m_ui->named(u"addFileButton"_qs)); // back on the paper's page
        QTest::qWait(200);
        QCOMPARE(storedPages(), before + 1); // exactly one

        const auto summaries =
            samen::vault::DocumentRepository(*m_session->database()).attachmentSummaries(m_documentId);
        const auto stored =
            samen::vault::DocumentRepository(*m_session->database()).attachment(summaries.constLast().id);
        QVERIFY(stored);
        const QImage page1 = QImage::fromData(stored->data, "jpeg");
        QVERIFY2(isA4(page1), qPrintable(u"%1x%2"_qs.arg(page1.width()).arg(page1.height())));
    }

    void aLetterPhotoGoesToTheReaderAndIsNotStored()
    {
        const int before = storedPages();
        QVERIFY(UiInspector::showPage(window(), u"camera"_qs, { { u"purpose"_qs, u"letter"_qs } }));
        QVERIFY(!UiInspector::renderFrame(window()).isNull());
        QSignalSpy accepted(&check(), &PhotoCheck::accepted);
        QVERIFY(check().begin(renderPagePhoto({}).image, u"letter"_qs));
        QVERIFY(UiInspector::showPage(window(), u"photocheck"_qs, {}));
        QTRY_COMPARE_WITH_TIMEOUT(check().status(), PhotoCheckStatus::Ready, 20000);
        m_ui->tapNamed(u"usePhotoButton"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
        QCOMPARE(accepted.at(0).at(0).toString(), u"letter"_qs);
        QVERIFY(isA4(accepted.at(0).at(1).value<QImage>()));
        QTest::qWait(200);
        QCOMPARE(storedPages(), before);
    }

    void lockingForgetsTheWaitingPhoto()
    {
        QVERIFY(check().begin(renderPagePhoto({}).image, u"document"_qs));
        m_session->vault().lock();
        QCOMPARE(check().status(), PhotoCheckStatus::Idle);
        QVERIFY(check().waitingPhoto().isNull());
        QVERIFY(m_session->reopenVault());
    }

    void layoutHoldsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : { "en", "ar", "ti", "fa_AF", "nl" }) {
            QTest::addRow("%s 360x640", language) << QString::fromLatin1(language) << QSize(360, 640);
            QTest::addRow("%s 412x915", language) << QString::fromLatin1(language) << QSize(412, 915);
        }
    }

    void layoutHoldsInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(m_session->languages().apply(language));
        window()->resize(size);
        // Every flaw at once: a dark, glared photo of a page cut at the side, slightly blurred.
        PagePhotoSpec cut;
        cut.shift = QPointF(0.2, 0);
        const QImage bad =
            blurred(glared(darkened(renderPagePhoto(cut).image, 0.35), { 0.35, 0.35 }, 0.1), 3);
        QVERIFY(check().begin(bad, u"document"_qs));
        QVERIFY(UiInspector::showPage(window(), u"photocheck"_qs, {}));
        QTRY_COMPARE_WITH_TIMEOUT(check().status(), PhotoCheckStatus::Ready, 20000);
        QCOMPARE(check().flaws()->rowCount(), 4);
        const QImage frame = UiInspector::renderFrame(window());
        QVERIFY(!frame.isNull());
        const QString shots = qEnvironmentVariable("SAMEN_PHOTOCHECK_SHOTS");
        if (!shots.isEmpty())
            frame.save(
                u"%1/photocheck-%2-%3x%4.png"_qs.arg(shots, language).arg(size.width()).arg(size.height()));
        const QStringList problems = UiInspector::layoutProblems(window()->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        check().cancel();
        QVERIFY(m_session->languages().apply(u"en"_qs));
    }
};

QTEST_MAIN(TestPhotoCheck)
#include "tst_photocheck.moc"
