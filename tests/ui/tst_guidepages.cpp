#include "locale/languages.h"
#include "support/uitestsession.h"
#include "texts/journeytexts.h"
#include "uiinspector.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QTest>

#include <memory>

using namespace samen;

// Takes the URLs the app opens externally (tel: links) instead of the system.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

// The reference pages of issue 16 (help and contacts, Dutch words, costs, and their hub) in every
// language at both phone sizes, free of layout faults also scrolled to the end; reached from
// Home by taps; a glossary term tapped in the text (TermText, WhyBox) shows its explanation; Copy
// puts the phone number on the clipboard; the lists create items only for rows on screen.
// With SAMEN_FLOW_SCREENSHOTS=dir set, each screen is saved as dir/journey-<page>-<lang>-<size>.png.
class TestGuidePages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<UiTestSession>();
        m_window = m_session->window();
        QVERIFY(m_window);
        QVERIFY(m_session->createVault());
        m_driver = std::make_unique<UiDriver>(m_window);
    }

    void cleanupTestCase()
    {
        m_driver.reset();
        m_session.reset();
    }

    void pagesHaveNoLayoutFaults_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        for (const auto &language : locale::supportedLanguages()) {
            for (const QSize size : { QSize(360, 640), QSize(412, 915) }) {
                for (const char *page : { "journey", "journeyhelp", "glossary", "costs" }) {
                    QTest::addRow("%s-%dx%d-%s", qPrintable(language.code), size.width(), size.height(), page)
                        << language.code << size << QString::fromLatin1(page);
                }
            }
        }
    }
    void pagesHaveNoLayoutFaults()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, page);
        QVERIFY(m_session->languages().apply(language));
        m_window->resize(size);
        QVERIFY(UiInspector::showPage(m_window, page));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QStringList problems = settledProblems(m_window->contentItem());
        QImage frame = UiInspector::renderFrame(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        saveShot(frame, page, language, size);
        // The rows further down, created as the list scrolls, are laid out as well: each row at
        // the top in turn, then the end.
        if (QQuickItem *list = m_driver->named(u"journeyList"_qs)) {
            const int rows = list->property("count").toInt();
            QVERIFY(rows > 0);
            for (int row = 1; row < rows; ++row) {
                QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row),
                                                  Q_ARG(int, 1 /* ListView.Beginning */)));
                problems = settledProblems(m_window->contentItem());
                QVERIFY2(problems.isEmpty(), qPrintable(u"row %1: "_qs.arg(row) + problems.join(u'\n')));
            }
            QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd"));
            problems = settledProblems(m_window->contentItem());
            frame = UiInspector::renderFrame(m_window);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            saveShot(frame, page + u"-end"_qs, language, size);
        }
    }

    void homeLeadsToEachPart()
    {
        QVERIFY(m_session->languages().apply(u"ti"_qs));
        m_window->resize(360, 640);
        QVERIFY(UiInspector::showPage(m_window, u"home"_qs));
        for (const auto &[button, shown] : { std::pair { "journeyHelpButton", "help_vluchtelingenwerk" },
                                             std::pair { "glossaryButton", "glossaryFilter" },
                                             std::pair { "costsButton", "cost_nareisFee" } }) {
            m_driver->tapNamed(u"journeyButton"_qs);
            QTRY_VERIFY(m_driver->named(u"rulesAsOf"_qs));
            m_driver->tapNamed(QString::fromLatin1(button));
            QTRY_VERIFY2(m_driver->named(QString::fromLatin1(shown)), shown);
            m_driver->tapNamed(u"backButton"_qs);
            m_driver->tapNamed(u"backButton"_qs);
            QTRY_VERIFY(m_driver->named(u"journeyButton"_qs));
        }
    }

    // Issue 19: a list page creates items for the rows on screen, not for all 35 terms.
    void theGlossaryCreatesOnlyTheRowsOnScreen()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        m_window->resize(360, 640);
        QVERIFY(UiInspector::showPage(m_window, u"glossary"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        const int created = countCreated(u"term_"_qs);
        QVERIFY2(created > 0 && created < 15, qPrintable(QString::number(created)));
        qInfo("glossary at 360x640: %d of %d rows created", created,
              int(JourneyGuide::published()->glossary()->rowCount()));
        qInfo("glossary at 360x640: %d of %d rows created", created,
              int(JourneyGuide::published()->glossary()->rowCount()));
    }

    void theFilterFindsAWord()
    {
        QVERIFY(m_session->languages().apply(u"ar"_qs));
        m_window->resize(360, 640);
        QVERIFY(UiInspector::showPage(m_window, u"glossary"_qs));
        m_driver->typeInto(u"glossaryFilter"_qs, u"beedigd"_qs);
        QTRY_COMPARE(countCreated(u"term_"_qs), 1);
        QVERIFY(m_driver->named(u"term_beedigdVertaler"_qs));
        QVERIFY(!m_driver->named(u"glossaryNothingFound"_qs));
        m_driver->typeText(u"xyz"_qs);
        QTRY_VERIFY(m_driver->named(u"glossaryNothingFound"_qs));
        QCOMPARE(countCreated(u"term_"_qs), 0);
        const QStringList problems = settledProblems(m_window->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void copyPutsTheNumberOnTheClipboard()
    {
        QVERIFY(m_session->languages().apply(u"ar"_qs));
        m_window->resize(360, 640);
        QVERIFY(UiInspector::showPage(m_window, u"journeyhelp"_qs));
        QGuiApplication::clipboard()->clear();
        QQuickItem *card = nullptr;
        QTRY_VERIFY((card = m_driver->named(u"help_juridischLoket"_qs)) != nullptr);
        QVERIFY(!findVisible(card, u"phoneCopied"_qs));
        QQuickItem *copy = findVisible(card, u"copyPhoneButton"_qs);
        QVERIFY(copy);
        m_driver->tap(copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"0900-8020"_qs);
        QTRY_VERIFY(findVisible(card, u"phoneCopied"_qs));
        // Only the sourced contact has a number: no other card offers Call or Copy.
        QCOMPARE(m_driver->countNamed(u"copyPhoneButton"_qs), 1);
    }

    // Call hands the number to the phone's dialler; when nothing can take it, the card says so.
    void callOpensTheDialler()
    {
        QVERIFY(m_session->languages().apply(u"ti"_qs));
        m_window->resize(360, 640);
        QVERIFY(UiInspector::showPage(m_window, u"journeyhelp"_qs));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"tel"_qs, &catcher, "open");
        QQuickItem *card = nullptr;
        QTRY_VERIFY((card = m_driver->named(u"help_juridischLoket"_qs)) != nullptr);
        QQuickItem *call = findVisible(card, u"callButton"_qs);
        QVERIFY(call);
        m_driver->tap(call);
        QDesktopServices::unsetUrlHandler(u"tel"_qs);
        QCOMPARE(catcher.urls, QList<QUrl> { QUrl(u"tel:09008020"_qs) });
        QVERIFY(!findVisible(card, u"cannotCall"_qs));
        QCOMPARE(m_driver->countNamed(u"callButton"_qs), 1);
    }

    // A term in a help text: tapped, the popup shows the term and its explanation, RTL, closable.
    void aTappedTermShowsItsExplanation_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto &language : locale::supportedLanguages())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
    void aTappedTermShowsItsExplanation()
    {
        QFETCH(QString, language);
        QVERIFY(m_session->languages().apply(language));
        m_window->resize(360, 640);
        QVERIFY(UiInspector::showPage(m_window, u"journeyhelp"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *card = nullptr;
        QTRY_VERIFY((card = m_driver->named(u"help_vluchtelingenwerk"_qs)) != nullptr);
        QQuickItem *text = UiDriver::findItem(card, [](QQuickItem *item) {
            return item->inherits("QQuickText") && item->property("text").toString().contains(u"term:ind");
        });
        QVERIFY2(text, "the help text shows no tappable IND");
        tapLink(text, u"term:ind"_qs);
        checkPopup(u"IND"_qs, JourneyTexts::text(u"glossary.ind"_qs), language);
    }

    // A term inside an explanation opens its own: zienswijze -> voornemen -> IND, in one popup.
    void aTermInsideAnExplanationOpensItsOwn()
    {
        QVERIFY(m_session->languages().apply(u"fa_AF"_qs));
        m_window->resize(360, 640);
        QVERIFY(UiInspector::showPage(m_window, u"glossary"_qs));
        m_driver->typeInto(u"glossaryFilter"_qs, u"zienswijze"_qs);
        QQuickItem *card = nullptr;
        QTRY_VERIFY((card = m_driver->named(u"term_zienswijze"_qs)) != nullptr);
        QQuickItem *text = findVisible(card, u"glossaryExplanation"_qs);
        QVERIFY(text);
        tapLink(text, u"term:voornemen"_qs);
        QTRY_COMPARE(termShown(), u"voornemen"_qs);
        QQuickItem *explanation = m_driver->named(u"termPopupExplanationText"_qs);
        QVERIFY(explanation);
        tapLink(explanation, u"term:ind"_qs);
        QTRY_COMPARE(termShown(), u"IND"_qs);
        checkPopup(u"IND"_qs, JourneyTexts::text(u"glossary.ind"_qs), u"fa_AF"_qs);
    }

    // WhyBox (the interview's "Why do we ask this?") links the terms of its text too.
    void aTermInAWhyBoxCanBeTapped()
    {
        QVERIFY(m_session->languages().apply(u"ti"_qs));
        m_window->resize(360, 640);
        QVERIFY(UiInspector::showPage(m_window, u"journey"_qs));
        QQmlComponent component(&m_session->engine());
        component.setData(R"(
            import QtQuick
            import Samen
            WhyBox { width: 328; x: 16; y: 80; text: "ስድራኹም ቪዛ mvv ካብ ኤምባሲ ይወስዱ።" }
        )",
                          QUrl(u"qrc:/test/WhyBoxTest.qml"_qs));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *box = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(box);
        box->setParentItem(m_window->contentItem());
        m_driver->tapNamed(u"whyButton"_qs);
        QQuickItem *why = nullptr;
        QTRY_VERIFY((why = findVisible(box, u"whyText"_qs)) != nullptr);
        QVERIFY2(why->property("text").toString().contains(u"<a href=\"term:mvv\">mvv</a>"_qs),
                 qPrintable(why->property("text").toString()));
        tapLink(why, u"term:mvv"_qs);
        checkPopup(u"mvv"_qs, JourneyTexts::text(u"glossary.mvv"_qs), u"ti"_qs);
    }

private:
    // The layout problems under @p root once the layout has settled: a ListView places rows whose
    // height follows their wrapped text, and a ColumnLayout a row that has just appeared, at the
    // next polish; what is still wrong after half a second is a fault.
    QStringList settledProblems(QQuickItem *root) const
    {
        QStringList problems;
        for (int pass = 0; pass < 10; ++pass) {
            problems = UiInspector::layoutProblems(root);
            if (problems.isEmpty())
                break;
            QTest::qWait(50);
            (void)UiInspector::renderFrame(m_window);
        }
        return problems;
    }

    // The first point of @p text where the link @p href is, or (-1, -1).
    static QPointF linkPoint(QQuickItem *text, const QString &href)
    {
        for (int y = 2; y < text->height(); y += 4) {
            for (int x = 2; x < text->width(); x += 4) {
                QString link;
                QMetaObject::invokeMethod(text, "linkAt", Q_RETURN_ARG(QString, link), Q_ARG(qreal, x),
                                          Q_ARG(qreal, y));
                if (link == href)
                    return QPointF(x + 1, y + 1);
            }
        }
        return QPointF(-1, -1);
    }

    // Taps the link @p href of @p text, scrolled into the window. A list that is still settling
    // (a filter just typed) may move the text after the scroll: then it looks again.
    void tapLink(QQuickItem *text, const QString &href)
    {
        QTRY_VERIFY(text->width() > 0 && text->height() > 0);
        for (int attempt = 0; attempt < 20; ++attempt) {
            const QPointF point = linkPoint(text, href);
            QVERIFY2(point.x() >= 0, qPrintable(u"no link "_qs + href + u" to tap"_qs));
            scrollToPoint(text, point);
            const QPoint at = text->mapToScene(point).toPoint();
            if (!m_window->contentItem()->contains(at) || linkPoint(text, href) != point) {
                QTest::qWait(50);
                continue;
            }
            QTest::mouseClick(m_window, Qt::LeftButton, {}, at);
            return;
        }
        QFAIL(qPrintable(u"the link "_qs + href + u" could not be brought into the window"_qs));
    }

    // Scrolls the page or list holding @p item so that @p point of it is a third down the window.
    void scrollToPoint(QQuickItem *item, QPointF point) const
    {
        for (QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
            if (!parent->inherits("QQuickFlickable"))
                continue;
            const qreal y = item->mapToItem(parent, point).y();
            const qreal contentY = parent->property("contentY").toReal();
            // Within the content: a list scrolled past its end springs back.
            const qreal first = parent->property("originY").toReal() - parent->property("topMargin").toReal();
            const qreal last = parent->property("originY").toReal() +
                parent->property("contentHeight").toReal() + parent->property("bottomMargin").toReal() -
                parent->height();
            parent->setProperty("contentY",
                                qBound(first, contentY + y - parent->height() / 3, qMax(first, last)));
            (void)UiInspector::renderFrame(m_window);
            return;
        }
    }

    QString termShown() const
    {
        QQuickItem *term = m_driver->named(u"termPopupTerm"_qs);
        return term ? term->property("text").toString() : QString();
    }

    void checkPopup(const QString &term, const QString &explanation, const QString &language)
    {
        QQuickItem *shown = nullptr;
        QTRY_VERIFY((shown = m_driver->named(u"termPopupExplanationText"_qs)) != nullptr);
        QCOMPARE(m_driver->named(u"termPopupTerm"_qs)->property("text").toString(), term);
        QVERIFY(!explanation.isEmpty());
        QCOMPARE(shown->property("text").toString(), JourneyGuide::published()->linkTerms(explanation));
        const QImage frame = UiInspector::renderFrame(m_window);
        QQuickItem *popup = shown;
        while (popup && !popup->inherits("QQuickPopupItem"))
            popup = popup->parentItem();
        QVERIFY(popup);
        const QStringList problems = settledProblems(popup);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Right to left in Arabic and Dari: the heading starts at the right.
        QQuickItem *heading = m_driver->named(u"termPopupTerm"_qs);
        const bool rtl = language == u"ar" || language == u"fa_AF";
        QCOMPARE(heading->property("effectiveHorizontalAlignment").toInt() == Qt::AlignRight, rtl);
        saveShot(frame, u"term"_qs, language, m_window->size());
        m_driver->tapNamed(u"termPopupClose"_qs);
        QTRY_VERIFY(!m_driver->named(u"termPopupExplanationText"_qs));
    }

    // Items whose objectName starts with @p prefix that exist under the page (visible or cached).
    int countCreated(const QString &prefix) const
    {
        QList<QQuickItem *> found;
        UiDriver::findAll(
            m_window->contentItem(), [&](QQuickItem *item) { return item->objectName().startsWith(prefix); },
            found);
        return int(found.size());
    }

    void saveShot(const QImage &frame, const QString &page, const QString &language, QSize size) const
    {
        const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QVERIFY(QDir().mkpath(directory));
        QVERIFY(frame.save(u"%1/journey-%2-%3-%4x%5.png"_qs.arg(directory, page, language)
                               .arg(size.width())
                               .arg(size.height())));
    }

    std::unique_ptr<UiTestSession> m_session;
    std::unique_ptr<UiDriver> m_driver;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestGuidePages)
#include "tst_guidepages.moc"
