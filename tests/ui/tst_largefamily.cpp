#include "support/bigfamily.h"
#include "support/uidriver.h"
#include "support/uitestsession.h"
#include "uiinspector.h"

#include <QQuickItem>
#include <QTest>

#include <algorithm>

#include <memory>

// A family of 200 people, 50 dates and a paper with 100 photos (issue 19): the long pages make
// only the rows on screen, and a user can scroll to the end of each and open the last row.
class TestLargeFamily : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSession> m_session;
    std::unique_ptr<UiDriver> m_ui;
    samen::testsupport::BigFamily m_family;

    [[nodiscard]] QQuickItem *currentPage() const
    {
        QQuickItem *stack = UiDriver::findItem(m_session->window()->contentItem(), [](QQuickItem *item) {
            return item->inherits("QQuickStackView");
        });
        return stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<UiTestSession>();
        QVERIFY(m_session->window());
        m_session->window()->resize(360, 640);
        m_ui = std::make_unique<UiDriver>(m_session->window());
    }

    // The empty family (made only while the list is empty) still leads to the questions.
    void anEmptyFamilyLeadsToTheQuestions()
    {
        QVERIFY(UiInspector::showPage(m_session->window(), u"family"_qs));
        m_ui->tapNamed(u"emptyAddMemberButton"_qs);
        QTRY_VERIFY(currentPage() && currentPage()->property("title").toString() == u"Who can come?"_qs);
    }

    void aBigFamilyIsStored()
    {
        QVERIFY(m_session->createVault([this](samen::vault::Database &db) {
            return samen::testsupport::fillBigFamily(db, 200, 50, 100, m_family);
        }));
        QCOMPARE(m_session->family().members()->rowCount(), 200);
    }

    void cleanupTestCase()
    {
        m_ui.reset();
        m_session.reset();
    }

    // With a Repeater the page held 3,028 items for 200 people; rows off screen are not made.
    void longPagesMakeOnlyWhatIsOnScreen_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("rows");
        QTest::newRow("family") << u"family"_qs << 200;
        QTest::newRow("deadlines") << u"deadlines"_qs << 50;
        QTest::newRow("documentfiles") << u"documentfiles"_qs << 100;
    }

    void longPagesMakeOnlyWhatIsOnScreen()
    {
        QFETCH(QString, page);
        QFETCH(int, rows);
        const QVariantMap paper { { u"documentId"_qs, double(m_family.photoDocument) } };
        QVERIFY(UiInspector::showPage(m_session->window(), page,
                                      page == u"documentfiles" ? paper : QVariantMap()));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        QQuickItem *shown = currentPage();
        QVERIFY(shown);
        const auto *list = shown->property("listView").value<QQuickItem *>();
        QVERIFY(list);
        QCOMPARE(list->property("count").toInt(), rows);
        QVERIFY2(UiDriver::itemCount(shown) < 200, qPrintable(QString::number(UiDriver::itemCount(shown))));
        const QStringList problems = UiInspector::layoutProblems(m_session->window()->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theLastOfTwoHundredPeopleCanBeOpened()
    {
        QVERIFY(UiInspector::showPage(m_session->window(), u"family"_qs));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        const QString last = u"member_"_qs + QString::number(m_family.lastMember);
        QVERIFY(!UiDriver::findItem(m_session->window()->contentItem(),
                                    [&](QQuickItem *item) { return item->objectName() == last; }));
        m_ui->tapNamed(last); // scrolls the list to its end, as a user would
        QTRY_COMPARE(currentPage()->property("memberId").toLongLong(), m_family.lastMember);
        QTRY_COMPARE(currentPage()->property("title").toString(), u"Child 199 Haddad"_qs);
        m_ui->tapNamed(u"backButton"_qs);
        QTRY_VERIFY(m_ui->named(u"addMemberButton"_qs)); // back on the family list, its end in view
    }

    // Keyboard and TalkBack follow the order of the items: after scrolling (rows made and reused
    // as they come), Tab from a card still goes to the card below it.
    void tabFollowsTheRowsAfterScrolling()
    {
        QVERIFY(UiInspector::showPage(m_session->window(), u"family"_qs));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        QQuickItem *list = currentPage()->property("listView").value<QQuickItem *>();
        QVERIFY(list);
        for (int step = 0; step < 12; ++step) {
            list->setProperty("contentY", list->property("contentY").toReal() + 250);
            QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        }
        QList<QQuickItem *> cards;
        UiDriver::findAll(
            list, [](QQuickItem *item) { return item->objectName().startsWith(u"member_"_qs); }, cards);
        std::sort(cards.begin(), cards.end(), [](QQuickItem *a, QQuickItem *b) { return a->y() < b->y(); });
        QVERIFY(cards.size() >= 3);
        for (qsizetype i = 0; i + 1 < cards.size(); ++i) {
            QQuickItem *next = cards.at(i)->nextItemInFocusChain();
            QVERIFY2(next == cards.at(i + 1),
                     qPrintable(cards.at(i)->objectName() + u" -> "_qs +
                                (next ? next->objectName() : u"none"_qs)));
        }
    }

    void theHundredthPhotoCanBeViewed()
    {
        QVERIFY(UiInspector::showPage(m_session->window(), u"documentfiles"_qs,
                                      { { u"documentId"_qs, double(m_family.photoDocument) } }));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        QQuickItem *lastTile = nullptr;
        m_ui->sweepLists([&](QQuickItem *list) {
            lastTile = UiDriver::findItem(
                list, [](QQuickItem *item) { return item->property("page").toInt() == 100; });
            return lastTile != nullptr;
        });
        QVERIFY(lastTile);
        QVERIFY(QMetaObject::invokeMethod(lastTile, "view"));
        m_ui->settle();
        QTRY_COMPARE(currentPage()->property("current").toInt(), 99);
        QCOMPARE(currentPage()->property("count").toInt(), 100);
    }
};

QTEST_MAIN(TestLargeFamily)
#include "tst_largefamily.moc"
