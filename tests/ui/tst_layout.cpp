#include "locale/languages.h"
#include "screenshots.h"
#include "support/uitestsession.h"
#include "uiinspector.h"

#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>

#include <memory>

// Walks the item tree of every page in every language at both phone sizes and fails on
// clipped or overflowing text and on controls smaller than a finger.
class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<UiTestSession>();
        m_window = m_session->window();
        QVERIFY(m_window);
        m_languages = &m_session->languages();
        m_engine = &m_session->engine();
        QVERIFY(UiInspector::pageNames(m_window).size() >= 7);
    }

    void cleanupTestCase() { m_session.reset(); }

    void pageHasNoLayoutFaults_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("textSize");
        QTest::addColumn<QString>("page");
        for (const auto &language : samen::locale::supportedLanguages()) {
            for (const QSize &size : Screenshots::phoneSizes())
                addPages(language.code, size, 100);
            // The largest text on the smallest phone.
            addPages(language.code, Screenshots::phoneSizes().constFirst(), 200);
        }
    }
    void pageHasNoLayoutFaults()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(int, textSize);
        QFETCH(QString, page);
        QVERIFY(m_languages->apply(language));
        QVERIFY(m_session->textSize().apply(textSize));
        m_window->resize(size);
        QVERIFY(UiInspector::showPage(m_window, page));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // A screen reader hears which field each "Show" button shows, never "Show", "Show".
        QStringList showNames;
        for (const QQuickItem *button : itemsUnder(m_window->contentItem(), [](const QQuickItem *item) {
                 return item->objectName() == QLatin1String("showButton");
             })) {
            const QString name = accessibleName(button);
            QVERIFY2(!showNames.contains(name), qPrintable(u"two Show buttons are called "_qs + name));
            showNames << name;
        }
    }

    void textSizeIsChosenInSettingsAndAppliedAtOnce()
    {
        QVERIFY(m_languages->apply(QStringLiteral("en")));
        QVERIFY(m_session->textSize().apply(100));
        m_window->resize(Screenshots::phoneSizes().constFirst());
        QVERIFY(UiInspector::showPage(m_window, QStringLiteral("settings")));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        const qreal bodyBefore = m_window->property("font").value<QFont>().pixelSize();
        auto *larger = findVisible(m_window->contentItem(), QStringLiteral("largerTextButton"));
        auto *smaller = findVisible(m_window->contentItem(), QStringLiteral("smallerTextButton"));
        QVERIFY(larger && smaller);
        QVERIFY(!smaller->isEnabled());
        QCOMPARE(accessibleName(larger), u"Larger text"_qs);
        QVERIFY(QMetaObject::invokeMethod(larger, "clicked"));
        QCOMPARE(m_session->textSize().percent(), 125);
        QCOMPARE(QSettings().value(QStringLiteral("ui/textSizePercent")).toInt(), 125);
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QCOMPARE(m_window->property("font").value<QFont>().pixelSize(), qRound(bodyBefore * 1.25));
        QVERIFY(smaller->isEnabled());
        QCOMPARE(findVisible(m_window->contentItem(), QStringLiteral("textSizeValue"))
                     ->property("text")
                     .toString(),
                 u"125%"_qs);
        QVERIFY(QMetaObject::invokeMethod(smaller, "clicked"));
        QCOMPARE(m_session->textSize().percent(), 100);
        QCOMPARE(m_window->property("font").value<QFont>().pixelSize(), bodyBefore);
        QSettings().remove(QStringLiteral("ui/textSizePercent"));
    }

    // The larger-text button stays under the finger: tapped again and again (Tigrinya, 360×640), it
    // is on screen after every tap (it once fell below the fold at 150 %).
    void largerTextButtonStaysOnScreen()
    {
        QVERIFY(m_languages->apply(QStringLiteral("ti")));
        QVERIFY(m_session->textSize().apply(100));
        m_window->resize(Screenshots::phoneSizes().constFirst());
        QVERIFY(UiInspector::showPage(m_window, QStringLiteral("settings")));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QStringList problems;
        for (int tap = 0; tap < 8 && m_session->textSize().canGrow(); ++tap) {
            auto *larger = findVisible(m_window->contentItem(), QStringLiteral("largerTextButton"));
            QVERIFY(larger);
            QVERIFY(QMetaObject::invokeMethod(larger, "clicked"));
            QVERIFY(!UiInspector::renderFrame(m_window).isNull());
            const QRectF at = larger->mapRectToScene(larger->boundingRect());
            if (at.top() < 0 || at.bottom() > m_window->height())
                problems << u"at %1 %: the button is at y %2..%3 in a window %4 high"_qs
                                .arg(m_session->textSize().percent())
                                .arg(qRound(at.top()))
                                .arg(qRound(at.bottom()))
                                .arg(m_window->height());
        }
        const int reached = m_session->textSize().percent();
        QVERIFY(m_session->textSize().apply(100));
        QVERIFY(m_languages->apply(QStringLiteral("en")));
        QSettings().remove(QStringLiteral("ui/textSizePercent"));
        QCOMPARE(reached, 200);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void dropdownsAreReadable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("textSize");
        for (const auto &language : samen::locale::supportedLanguages()) {
            for (const int textSize : { 100, 200 })
                QTest::addRow("%s %d%%", qPrintable(language.code), textSize) << language.code << textSize;
        }
    }
    void dropdownsAreReadable()
    {
        QFETCH(QString, language);
        QFETCH(int, textSize);
        QVERIFY(m_languages->apply(language));
        QVERIFY(m_session->textSize().apply(textSize));
        m_window->resize(Screenshots::phoneSizes().constFirst());
        // The date picker's day, month and year, and the person a letter is for.
        QVERIFY(UiInspector::showPage(m_window, QStringLiteral("adddeadline")));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        const auto boxes = itemsUnder(
            m_window->contentItem(), [](const QQuickItem *item) { return item->inherits("QQuickComboBox"); });
        QVERIFY(boxes.size() >= 3);
        for (QQuickItem *box : boxes) {
            scrollIntoView(box);
            if (qEnvironmentVariableIsSet("SAMEN_DROPDOWN_SHOTS")) { // what the open list looks like
                QMetaObject::invokeMethod(box->property("popup").value<QObject *>(), "open");
                UiInspector::renderFrame(m_window).save(
                    u"%1/%2-%3-%4.png"_qs
                        .arg(qEnvironmentVariable("SAMEN_DROPDOWN_SHOTS"), box->objectName(), language)
                        .arg(textSize));
                QMetaObject::invokeMethod(box->property("popup").value<QObject *>(), "close");
            }
            const QStringList problems = UiInspector::dropdownProblems(box);
            QVERIFY2(problems.isEmpty(), qPrintable(box->objectName() + u": "_qs + problems.join(u'\n')));
        }
    }

    void disabledButtonsLookDisabled_data()
    {
        QTest::addColumn<QString>("page");
        for (const QString &page : UiInspector::pageNames(m_window))
            QTest::newRow(qPrintable(page)) << page;
    }
    // A button that cannot be used differs from its usable self (the interview's disabled "Next"
    // once looked exactly like the usable "Previous").
    void disabledButtonsLookDisabled()
    {
        QFETCH(QString, page);
        QVERIFY(m_languages->apply(QStringLiteral("en")));
        QVERIFY(m_session->textSize().apply(100));
        m_window->resize(Screenshots::phoneSizes().constFirst());
        QVERIFY(UiInspector::showPage(m_window, page));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        const auto disabled = itemsUnder(m_window->contentItem(), [](const QQuickItem *item) {
            return item->inherits("QQuickAbstractButton") && !item->isEnabled() &&
                (!item->parentItem() || item->parentItem()->isEnabled());
        });
        for (QQuickItem *button : disabled) {
            scrollIntoView(button);
            const QRect box = button->mapRectToScene(QRectF(0, 0, button->width(), button->height()))
                                  .toAlignedRect()
                                  .intersected(QRect(QPoint(0, 0), m_window->size()));
            QVERIFY(!box.isEmpty());
            const QImage off = UiInspector::renderFrame(m_window).copy(box);
            button->setEnabled(true);
            const QImage on = UiInspector::renderFrame(m_window).copy(box);
            button->setEnabled(false);
            QVERIFY2(differingShare(off, on) > 0.1,
                     qPrintable(button->objectName() + u" "_qs + button->property("text").toString() +
                                u" looks the same disabled and enabled"_qs));
        }
    }

    void mirroringFollowsTheLanguage()
    {
        QVERIFY(m_languages->apply(QStringLiteral("fa_AF")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(m_languages->apply(QStringLiteral("ti")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void inspectorFindsFaults()
    {
        QQmlComponent component(m_engine);
        component.setData(R"(
            import QtQuick
            import QtQuick.Controls
            Window {
                width: 300; height: 300; visible: true
                Label { objectName: "noWrap"; width: 60; text: "A sentence far too long for its box" }
                Button { y: 40; width: 30; height: 30; text: "x" }
                Item {
                    y: 100; width: 40; height: 30; clip: true
                    Label { x: 20; width: 50; text: "cut" }
                }
                Label { y: 150; width: 60; height: 10; wrapMode: Text.Wrap; text: "wraps onto many lines here" }
                Label { y: 200; width: 60; elide: Text.ElideRight; text: "elided on purpose, that is fine" }
                Label { y: 230; width: 280; wrapMode: Text.Wrap; text: "This fits." }
                Button { x: 200; y: 40; width: 60; height: 60; text: "a" }
                Label { x: 210; y: 60; text: "on top" }
                CheckBox { y: 260; width: 100; height: 60; text: "a label cut short here" }
            })",
                          QUrl(QStringLiteral("qrc:/test/Faulty.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(object.get());
        QVERIFY(window);
        (void)UiInspector::renderFrame(window);
        const QStringList problems = UiInspector::layoutProblems(window->contentItem());
        QVERIFY2(problems.size() == 6, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.at(0).contains(QLatin1String("overflows")), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QLatin1String("too small to touch")), qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).contains(QLatin1String("clipped")), qPrintable(problems.at(2)));
        QVERIFY2(problems.at(3).contains(QLatin1String("cut off")), qPrintable(problems.at(3)));
        QVERIFY2(problems.at(4).contains(QLatin1String("elided inside its control")),
                 qPrintable(problems.at(4)));
        QVERIFY2(problems.at(5).contains(QLatin1String("overlaps")), qPrintable(problems.at(5)));
    }

private:
    template<typename Predicate>
    static QList<QQuickItem *> itemsUnder(QQuickItem *item, const Predicate &matches)
    {
        QList<QQuickItem *> found;
        if (!item->isVisible())
            return found;
        if (matches(item))
            found << item;
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            found << itemsUnder(child, matches);
        return found;
    }

    static QString accessibleName(const QQuickItem *item)
    {
        QAccessibleInterface *accessible =
            QAccessible::queryAccessibleInterface(const_cast<QQuickItem *>(item));
        return accessible ? accessible->text(QAccessible::Name) : QString();
    }

    // Scrolls the page so that @p item is in the upper part of the window.
    void scrollIntoView(QQuickItem *item)
    {
        for (QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
            if (!parent->inherits("QQuickFlickable"))
                continue;
            const qreal top = item->mapToItem(parent, QPointF(0, 0)).y();
            const qreal contentY = parent->property("contentY").toReal();
            const qreal most = qMax(0.0, parent->property("contentHeight").toReal() - parent->height());
            parent->setProperty("contentY", qBound(0.0, contentY + top - parent->height() / 4, most));
            (void)UiInspector::renderFrame(m_window);
            return;
        }
    }

    // The share of pixels that differ between two images of the same size.
    static qreal differingShare(const QImage &a, const QImage &b)
    {
        if (a.size() != b.size() || a.isNull())
            return 1.0;
        qint64 differing = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x)
                differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        }
        return qreal(differing) / (qreal(a.width()) * a.height());
    }

    void addPages(const QString &language, QSize size, int textSize)
    {
        for (const QString &page : UiInspector::pageNames(m_window)) {
            QTest::addRow("%s %dx%d %d%% %s", qPrintable(language), size.width(), size.height(), textSize,
                          qPrintable(page))
                << language << size << textSize << page;
        }
    }

    std::unique_ptr<UiTestSession> m_session;
    LanguageController *m_languages = nullptr;
    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
