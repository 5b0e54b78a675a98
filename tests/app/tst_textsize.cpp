#include "textsize.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The text size: the system's font scale times the size chosen in Settings, remembered, bounded.
class TestTextSize : public QObject
{
    Q_OBJECT
    qreal m_system = 1.0;

    TextSize::SystemScale system()
    {
        return [this] { return m_system; };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SamenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_textsize"));
    }

    void init()
    {
        QSettings().clear();
        m_system = 1.0;
    }

    void startsAtTheNormalSize()
    {
        const TextSize size(system(), nullptr);
        QCOMPARE(size.percent(), 100);
        QCOMPARE(size.scale(), 1.0);
        QCOMPARE(TextSize::choices(), (QList<int> { 100, 125, 150, 175, 200 }));
    }

    void chosenSizeIsRememberedAndApplied()
    {
        TextSize size(system(), nullptr);
        QSignalSpy scaleChanged(&size, &TextSize::scaleChanged);
        size.choose(150);
        QCOMPARE(size.percent(), 150);
        QCOMPARE(size.scale(), 1.5);
        QCOMPARE(scaleChanged.size(), 1);
        const TextSize nextRun(system(), nullptr);
        QCOMPARE(nextRun.percent(), 150);
    }

    void growsAndShrinksStepByStep()
    {
        TextSize size(system(), nullptr);
        QVERIFY(size.canGrow() && !size.canShrink());
        size.shrink();
        QCOMPARE(size.percent(), 100);
        for (const int expected : { 125, 150, 175, 200, 200 }) {
            size.grow();
            QCOMPARE(size.percent(), expected);
        }
        QVERIFY(!size.canGrow() && size.canShrink());
        size.shrink();
        QCOMPARE(size.percent(), 175);
        QCOMPARE(TextSize(system(), nullptr).percent(), 175);
    }

    void appliedSizeIsForThisRunOnly()
    {
        TextSize size(system(), nullptr);
        QVERIFY(size.apply(200));
        QCOMPARE(size.scale(), 2.0);
        QCOMPARE(TextSize(system(), nullptr).percent(), 100);
    }

    void otherSizesAreRefused()
    {
        TextSize size(system(), nullptr);
        QVERIFY(!size.apply(300));
        size.choose(90);
        QCOMPARE(size.percent(), 100);
        QSettings().setValue(QStringLiteral("ui/textSizePercent"), 1000);
        QCOMPARE(TextSize(system(), nullptr).percent(), 100);
    }

    void systemScaleMultipliesTheChosenSize()
    {
        m_system = 1.3;
        TextSize size(system(), nullptr);
        QCOMPARE(size.scale(), 1.3);
        QVERIFY(size.apply(125));
        QCOMPARE(size.scale(), 1.3 * 1.25);
        QVERIFY(size.apply(200)); // 2.6: more than the layout is checked at
        QCOMPARE(size.scale(), TextSize::maximumScale);
    }

    void systemScaleIsReadAgain()
    {
        TextSize size(system(), nullptr);
        QSignalSpy scaleChanged(&size, &TextSize::scaleChanged);
        m_system = 0.85; // Android's "small"
        size.refreshSystemScale();
        QCOMPARE(scaleChanged.size(), 1);
        QCOMPARE(size.scale(), 0.85);
        m_system = 0.5;
        size.refreshSystemScale();
        QCOMPARE(size.scale(), TextSize::minimumScale);
        m_system = qQNaN();
        size.refreshSystemScale();
        QCOMPARE(size.scale(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTextSize)
#include "tst_textsize.moc"
