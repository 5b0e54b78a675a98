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
        const QStringList problems = UiDriver::settledLayoutProblems(m_session->window());
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

    // The steps and letter pages choose among all 200 people: with Repeaters they held 2,123
    // and 1,913 items after scrolling to the end. Scrolled to the end they hold what is on
    // screen (under 150 items, as at 20 people), and the last row still works.
    void stepsAndLetterPagesStayFlatToTheirEnd_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("rows");
        // The steps: every member, the phase, then the member's steps (so more than 200 rows).
        QTest::newRow("timeline") << u"timeline"_qs << u"stepList"_qs << 201;
        QTest::newRow("letters") << u"letters"_qs << u"letterMemberList"_qs << 200;
    }

    void stepsAndLetterPagesStayFlatToTheirEnd()
    {
        QFETCH(QString, page);
        QFETCH(QString, list);
        QFETCH(int, rows);
        QVERIFY(UiInspector::showPage(m_session->window(), page));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        QQuickItem *shown = currentPage();
        QVERIFY(shown);
        auto *view = shown->property("listView").value<QQuickItem *>();
        QVERIFY(view);
        QCOMPARE(view->objectName(), list);
        QVERIFY2(view->property("count").toInt() >= rows,
                 qPrintable(QString::number(view->property("count").toInt())));
        const qreal end =
            view->property("originY").toReal() + view->property("contentHeight").toReal() - view->height();
        for (qreal y = 0; y < end; y += view->height() / 2) {
            view->setProperty("contentY", y);
            QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        }
        view->setProperty("contentY", end);
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        QVERIFY2(UiDriver::itemCount(shown) < 150, qPrintable(QString::number(UiDriver::itemCount(shown))));
        const QStringList problems = UiDriver::settledLayoutProblems(m_session->window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The last of 200 people is chosen on the steps page (far down its list), then the last
    // step of that person opens its date entry.
    void theLastPersonsLastStepCanBeDated()
    {
        QVERIFY(UiInspector::showPage(m_session->window(), u"timeline"_qs));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        const QString last = u"stepsMember_"_qs + QString::number(m_family.lastMember);
        QVERIFY(!UiDriver::findItem(m_session->window()->contentItem(),
                                    [&](QQuickItem *item) { return item->objectName() == last; }));
        m_ui->tapNamed(last);
        QTRY_COMPARE(currentPage()->property("memberId").toLongLong(), m_family.lastMember);
        QTRY_VERIFY(m_ui->named(last) && m_ui->named(last)->property("selected").toBool());
        QQuickItem *lastStep = nullptr;
        m_ui->sweepLists([&](QQuickItem *list) {
            lastStep = UiDriver::findItem(list, [](QQuickItem *item) {
                return item->metaObject()->indexOfProperty("mayBeFuture") >= 0 &&
                    item->property("last").toBool() && item->isVisible();
            });
            return lastStep != nullptr;
        });
        QVERIFY(lastStep);
        const QString stageId = lastStep->property("stageId").toString();
        QVERIFY(!stageId.isEmpty());
        QQuickItem *enter =
            UiDriver::findItem(lastStep, [](QQuickItem *item) { return item->inherits("QQuickButton"); });
        QVERIFY(enter);
        QVERIFY(QMetaObject::invokeMethod(enter, "clicked"));
        QTRY_COMPARE(currentPage()->property("editing").toString(), stageId);
        QTRY_VERIFY(m_ui->named(u"stageEditor"_qs) && m_ui->named(u"stageEditor"_qs)->isVisible());
        QCOMPARE(currentPage()->property("listView").value<QQuickItem *>()->property("contentY").toReal(),
                 currentPage()->property("listView").value<QQuickItem *>()->property("originY").toReal());
    }

    // The last of 200 people is chosen for a letter; the letters after the list still open.
    void aLetterForTheLastPerson()
    {
        QVERIFY(UiInspector::showPage(m_session->window(), u"letters"_qs));
        QVERIFY(!UiInspector::renderFrame(m_session->window()).isNull());
        const QString last = u"letterMember_"_qs + QString::number(m_family.lastMember);
        m_ui->tapNamed(last);
        QTRY_COMPARE(currentPage()->property("memberId").toLongLong(), m_family.lastMember);
        m_ui->tapNamed(u"otherLetterButton"_qs);
        QTRY_COMPARE(currentPage()->property("title").toString(), u"Add a date from an IND letter"_qs);
        m_ui->tapNamed(u"backButton"_qs);
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
