#include "locale/languages.h"
#include "screenshots.h"
#include "uiinspector.h"
#include "uitestsession.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
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
        QTest::addColumn<QString>("page");
        for (const auto &language : samen::locale::supportedLanguages()) {
            for (const QSize &size : Screenshots::phoneSizes()) {
                for (const QString &page : UiInspector::pageNames(m_window)) {
                    QTest::addRow("%s %dx%d %s", qPrintable(language.code), size.width(), size.height(),
                                  qPrintable(page))
                        << language.code << size << page;
                }
            }
        }
    }
    void pageHasNoLayoutFaults()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, page);
        QVERIFY(m_languages->apply(language));
        m_window->resize(size);
        QVERIFY(UiInspector::showPage(m_window, page));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
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
            })",
                          QUrl(QStringLiteral("qrc:/test/Faulty.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(object.get());
        QVERIFY(window);
        (void)UiInspector::renderFrame(window);
        const QStringList problems = UiInspector::layoutProblems(window->contentItem());
        QVERIFY2(problems.size() == 5, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.at(0).contains(QLatin1String("overflows")), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QLatin1String("too small to touch")), qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).contains(QLatin1String("clipped")), qPrintable(problems.at(2)));
        QVERIFY2(problems.at(3).contains(QLatin1String("cut off")), qPrintable(problems.at(3)));
        QVERIFY2(problems.at(4).contains(QLatin1String("overlaps")), qPrintable(problems.at(4)));
    }

private:
    std::unique_ptr<UiTestSession> m_session;
    LanguageController *m_languages = nullptr;
    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
