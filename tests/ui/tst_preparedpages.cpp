#include "demo/demovault.h"
#include "support/bigfamily.h"
#include "support/uidriver.h"
#include "support/uitestsession.h"
#include "uiinspector.h"

#include <QPointer>
#include <QQuickItem>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace samen;

// The next likely page prepared in the background (issue 19 item 5): Home is made while the
// unlock page waits for the PIN and is the page the unlock shows; from Home the family and
// deadlines pages are made after its first frame and are the pages its buttons show. A page is
// taken only with the subject and at the window size it was made for. Locking destroys every
// page made while the vault was open, prepared or shown.
class TestPreparedPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<UiTestSession> m_session;
    testsupport::BigFamily m_family;

    [[nodiscard]] QQuickWindow *window() const { return m_session->window(); }

    [[nodiscard]] QQuickItem *preparer() const
    {
        return window()->findChild<QQuickItem *>(u"preparedPages"_qs);
    }

    [[nodiscard]] QQuickItem *stack() const
    {
        const auto items = window()->findChildren<QQuickItem *>();
        const auto view = std::find_if(items.cbegin(), items.cend(),
                                       [](QQuickItem *item) { return item->inherits("QQuickStackView"); });
        return view == items.cend() ? nullptr : *view;
    }

    [[nodiscard]] QQuickItem *currentPage() const
    {
        return stack()->property("currentItem").value<QQuickItem *>();
    }

    /** The page prepared as @p name, once it is made (frames are drawn meanwhile); else nullptr. */
    [[nodiscard]] QQuickItem *preparedPage(const QString &name) const
    {
        QQuickItem *page = nullptr;
        for (int attempt = 0; attempt < 200 && !page; ++attempt) {
            QVariant found;
            if (!QMetaObject::invokeMethod(preparer(), "preparedPage", Q_RETURN_ARG(QVariant, found),
                                           Q_ARG(QVariant, name)))
                return nullptr;
            page = found.value<QQuickItem *>();
            if (!page) {
                window()->requestUpdate();
                QTest::qWait(10);
            }
        }
        return page;
    }

    /** Opens @p name as a page does (Main.qml's open), with @p properties; the page pushed. */
    [[nodiscard]] QQuickItem *open(const QString &name, const QVariant &properties = QVariantMap()) const
    {
        QVariant page;
        QMetaObject::invokeMethod(window(), "open", Q_RETURN_ARG(QVariant, page), Q_ARG(QVariant, name),
                                  Q_ARG(QVariant, properties));
        UiDriver(window()).settle();
        return page.value<QQuickItem *>();
    }

    [[nodiscard]] bool unlock()
    {
        QSignalSpy finished(&m_session->vault(), &VaultController::finished);
        m_session->vault().unlock(u"135790"_qs);
        return m_session->waitForVault(finished) && m_session->vault().state() == VaultController::Unlocked;
    }

    /** Deletes what was destroyed with destroy() (deleteLater). */
    static void collect()
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private Q_SLOTS:
    // The language counts as chosen (the router then follows the vault to the unlock page and
    // back to home), in settings of this test's own.
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        m_session = std::make_unique<UiTestSession>();
        QVERIFY(window());
        m_session->languages().choose(u"en"_qs);
        QVERIFY(m_session->languages().isChosen());
        QVERIFY(m_session->createVault(
            [this](vault::Database &db) { return testsupport::fillBigFamily(db, 3, 2, 0, m_family); }));
        UiDriver(window()).settle();
        QVERIFY(preparer());
    }

    void cleanup() { m_session.reset(); }

    // The unlock page prepares Home while it waits for the PIN (the Argon2id time), and the
    // unlock shows that very page: the push makes no new one.
    void theUnlockShowsTheHomePagePreparedMeanwhile()
    {
        m_session->vault().lock();
        UiDriver(window()).settle();
        const QPointer<QQuickItem> home = preparedPage(u"home"_qs);
        QVERIFY(home);
        QVERIFY(home != currentPage());
        QVERIFY(!home->isVisible());

        QVERIFY(unlock());
        UiDriver(window()).settle();
        QCOMPARE(currentPage(), home.data());
        QVERIFY(home->isVisible());
        QCOMPARE(home->width(), stack()->width());
        QVERIFY(UiDriver(window()).named(u"familyButton"_qs));
        // Home came with the data of the vault it was made before: the family's "what now".
        QTRY_VERIFY(UiDriver(window()).named(u"whatNow"_qs));
    }

    // From Home the family page is prepared after its first frame; a tap on the
    // family button shows the prepared page with the family in it. Back on Home, the page that
    // was shown is destroyed and a new one prepared.
    void homePreparesTheFamilyPage()
    {
        QVERIFY(UiInspector::showPage(window(), u"home"_qs));
        const QPointer<QQuickItem> family = preparedPage(u"family"_qs);
        QVERIFY(family);

        UiDriver driver(window());
        driver.tapNamed(u"familyButton"_qs);
        QCOMPARE(currentPage(), family.data());
        QCOMPARE(family->width(), stack()->width());
        // Shown from its top, as a page made in the push (the header's texts were laid out
        // only now that the page is visible).
        auto *list = family->property("listView").value<QQuickItem *>();
        QVERIFY(list);
        QTRY_COMPARE(list->property("contentY").toReal(), list->property("originY").toReal());
        QVERIFY(driver.named(u"member_"_qs + QString::number(m_session->family().firstMemberId())));
        QCOMPARE(driver.countNamed(u"member_"_qs), 3);
        driver.tapNamed(u"backButton"_qs);
        collect();
        QVERIFY(!family);
        const QPointer<QQuickItem> again = preparedPage(u"family"_qs);
        QVERIFY(again);
        QVERIFY(again != currentPage());
    }

    // Locking destroys the prepared pages and the pages shown (Home lent to the stack too);
    // what the unlock page then prepares is a new Home.
    void lockingDestroysEveryPreparedPage()
    {
        QVERIFY(UiInspector::showPage(window(), u"home"_qs));
        const QPointer<QQuickItem> family = preparedPage(u"family"_qs);
        QVERIFY(family);
        m_session->vault().lock();
        UiDriver(window()).settle();
        collect();
        QVERIFY(!family);
        QVariant found;
        QVERIFY(QMetaObject::invokeMethod(preparer(), "preparedPage", Q_RETURN_ARG(QVariant, found),
                                          Q_ARG(QVariant, u"family"_qs)));
        QVERIFY(!found.value<QQuickItem *>());
        // Locked again after an unlock that showed the prepared Home: that Home goes too.
        const QPointer<QQuickItem> home = preparedPage(u"home"_qs);
        QVERIFY(home);
        QVERIFY(unlock());
        UiDriver(window()).settle();
        QCOMPARE(currentPage(), home.data());
        m_session->vault().lock();
        UiDriver(window()).settle();
        collect();
        QVERIFY(!home);
        QVERIFY(preparedPage(u"home"_qs));
    }

    // A page prepared at one window size is not shown at another (the phone turned meanwhile):
    // laid out while hidden, the deadline cards kept the first size's line breaks and
    // overlapped. The page is made anew at the new size, and nothing on it overlaps.
    void aPagePreparedAtAnotherSizeIsMadeAnew()
    {
        window()->resize(360, 640);
        QVERIFY(UiInspector::showPage(window(), u"home"_qs));
        const QPointer<QQuickItem> prepared = preparedPage(u"deadlines"_qs);
        QVERIFY(prepared);
        window()->resize(412, 915);
        UiDriver(window()).settle();
        QQuickItem *shown = open(u"deadlines"_qs);
        QVERIFY(shown);
        QVERIFY(shown != prepared.data());
        QCOMPARE(currentPage(), shown);
        collect();
        QVERIFY(!prepared);
        QVERIFY(!UiInspector::renderFrame(window()).isNull());
        const QStringList problems = UiInspector::layoutProblems(window()->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A list page made in steps shows its top like one made in the push: the demo household's
    // family in Arabic (its header grew while the list was being made).
    void preparedListPagesShowTheirTop_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("button");
        QTest::newRow("family") << u"family"_qs << u"familyButton"_qs;
        QTest::newRow("deadlines") << u"deadlines"_qs << u"deadlinesButton"_qs;
    }

    void preparedListPagesShowTheirTop()
    {
        QFETCH(QString, page);
        QFETCH(QString, button);
        m_session.reset();
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"vault"_qs);
        QString problem;
        QVERIFY2(demo::createDemoVault(folder, demo::Household::Syria, QDate::currentDate(), &problem),
                 qPrintable(problem));
        UiTestSession::Options options;
        options.vaultFolder = folder;
        m_session = std::make_unique<UiTestSession>(options);
        m_session->languages().choose(u"ar"_qs);
        QSignalSpy finished(&m_session->vault(), &VaultController::finished);
        m_session->vault().unlock(demo::pin.toString());
        QVERIFY(m_session->waitForVault(finished));
        UiDriver driver(window());
        driver.settle();
        QPointer<QQuickItem> prepared = preparedPage(page);
        QVERIFY(prepared);
        driver.tapNamed(button);
        QCOMPARE(currentPage(), prepared.data());
        auto *list = prepared->property("listView").value<QQuickItem *>();
        QVERIFY(list);
        QTest::qWait(300);
        QTRY_COMPARE(list->property("contentY").toReal(), list->property("originY").toReal());
    }

    // A prepared page is taken only when it was made for the subject asked for: a member page
    // prepared for one person is not shown for another, whose page is made as before.
    void aPreparedPageIsTakenOnlyForItsSubject()
    {
        QVERIFY(UiInspector::showPage(window(), u"home"_qs));
        const qint64 first = m_session->family().firstMemberId();
        const qint64 last = m_family.lastMember;
        QVERIFY(first != last);
        const QVariantMap subject { { u"memberId"_qs, double(first) } };
        QVERIFY(QMetaObject::invokeMethod(
            preparer(), "prepare", Q_ARG(QVariant, u"member"_qs),
            Q_ARG(QVariant, QUrl(u"qrc:/qt/qml/Samen/pages/family/MemberPage.qml"_qs)),
            Q_ARG(QVariant, subject)));
        const QPointer<QQuickItem> prepared = preparedPage(u"member"_qs);
        QVERIFY(prepared);
        QCOMPARE(prepared->property("memberId").toLongLong(), first);

        QQuickItem *other = open(u"member"_qs, QVariantMap { { u"memberId"_qs, double(last) } });
        QVERIFY(other);
        QVERIFY(other != prepared);
        QCOMPARE(other->property("memberId").toLongLong(), last);
        QCOMPARE(currentPage(), other);

        QQuickItem *mine = open(u"member"_qs, subject);
        QCOMPARE(mine, prepared.data());
        QCOMPARE(currentPage()->property("memberId").toLongLong(), first);
    }
};

QTEST_MAIN(TestPreparedPages)
#include "tst_preparedpages.moc"
