#include "demo/demovault.h"
#include "support/uidriver.h"
#include "support/uitestsession.h"
#include "uiinspector.h"

#include <QQuickItem>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Start-up (issue 19 item 5): the first frame waits for nothing the page does not show. With
// --demo the example vault is made on the vault's worker while the unlock page is already on
// screen and says so.
class TestStartupPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    [[nodiscard]] static QQuickItem *named(QQuickWindow *window, const QString &name)
    {
        return UiDriver::findItem(window->contentItem(),
                                  [&name](const QQuickItem *item) { return item->objectName() == name; });
    }

    [[nodiscard]] static QQuickItem *button(QQuickWindow *window, const QString &text)
    {
        return UiDriver::findItem(window->contentItem(), [&text](const QQuickItem *item) {
            return item->inherits("QQuickAbstractButton") && item->isVisible() &&
                item->property("text").toString() == text;
        });
    }

private Q_SLOTS:
    // A start page's first frame loads no picture it does not show (each SVG costs a parse and a
    // render before the frame): the hidden back button and the empty message box have none.
    void startPagesLoadNoHiddenPictures_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *page : { "unlock", "setup", "language" })
            QTest::newRow(page) << QString::fromLatin1(page);
    }

    void startPagesLoadNoHiddenPictures()
    {
        QFETCH(QString, page);
        UiTestSession session;
        QVERIFY(session.window());
        QVERIFY(UiInspector::showPage(session.window(), page));
        QVERIFY(!UiInspector::renderFrame(session.window()).isNull());
        QList<QQuickItem *> images;
        UiDriver::findAll(
            session.window()->contentItem(),
            [](const QQuickItem *item) { return item->inherits("QQuickImage"); }, images);
        QVERIFY(!images.isEmpty());
        for (const QQuickItem *image : std::as_const(images)) {
            const QUrl source = image->property("source").toUrl();
            QVERIFY2(image->isVisible() || source.isEmpty(), qPrintable(source.toString()));
        }
    }

    void theUnlockPageIsShownWhileTheDemoVaultIsPrepared()
    {
        UiTestSession::Options options;
        options.vaultFolder = m_dir.filePath(u"vault"_qs);
        options.demoPin = samen::demo::pin.toString();
        UiTestSession session(options);
        QVERIFY(session.window());
        VaultController &vault = session.vault();
        QCOMPARE(vault.state(), VaultController::NoVault);

        QSemaphore go;
        bool made = false;
        QSignalSpy finished(&vault, &VaultController::finished);
        vault.prepare([&go, &made, folder = options.vaultFolder] {
            go.acquire(); // the test looks at the screen first
            QString problem;
            made = samen::demo::createDemoVault(folder, samen::demo::Household::Syria, QDate::currentDate(),
                                                &problem) != nullptr;
            return made;
        });
        QCOMPARE(vault.state(), VaultController::Locked);
        QVERIFY(vault.isBusy());
        QVERIFY(vault.isPreparing());

        QVERIFY(UiInspector::showPage(session.window(), u"unlock"_qs));
        QVERIFY(!UiInspector::renderFrame(session.window()).isNull());
        QQuickItem *note = named(session.window(), u"preparingNote"_qs);
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QQuickItem *open = button(session.window(), u"Open"_qs);
        QVERIFY(open);
        QVERIFY(!open->isEnabled());

        go.release();
        QVERIFY(session.waitForVault(finished));
        QVERIFY(made);
        QCOMPARE(finished.constLast().at(0).value<VaultController::Operation>(), VaultController::Prepare);
        QVERIFY(finished.constLast().at(1).toBool());
        QVERIFY(!vault.isPreparing());
        QCOMPARE(vault.state(), VaultController::Locked);
        QTRY_VERIFY(!note->isVisible());

        QSignalSpy unlocked(&vault, &VaultController::finished);
        vault.unlock(samen::demo::pin.toString());
        QVERIFY(session.waitForVault(unlocked));
        QCOMPARE(vault.state(), VaultController::Unlocked);
        QVERIFY(session.family().members()->rowCount() > 0);
    }
};

QTEST_MAIN(TestStartupPages)
#include "tst_startuppages.moc"
