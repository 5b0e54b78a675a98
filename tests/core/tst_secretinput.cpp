#include "vault/secretinput.h"

#include <QTest>

using namespace samen::vault;

class TestSecretInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pinDigitsFromAnyScript_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii") << u"123456"_qs << QByteArray("123456");
        QTest::newRow("arabic-indic") << QString::fromUtf8("١٢٣٤٥٦") << QByteArray("123456");
        QTest::newRow("persian") << QString::fromUtf8("۱۲۳۴۵۶۷") << QByteArray("1234567");
        QTest::newRow("mixed scripts") << QString::fromUtf8("12٣4۵6") << QByteArray("123456");
        QTest::newRow("letter") << u"12345a"_qs << QByteArray();
        QTest::newRow("space") << u"123 456"_qs << QByteArray();
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void pinDigitsFromAnyScript()
    {
        QFETCH(QString, typed);
        QFETCH(QByteArray, expected);
        QCOMPARE(secretBytes(typed, SecretKind::Pin), expected);
    }

    void passphraseIsNormalisedUtf8()
    {
        const QString composed = QString::fromUtf8("caf\xc3\xa9 met vrienden");
        const QString decomposed = QString::fromUtf8("cafe\xcc\x81 met vrienden");
        QVERIFY(composed != decomposed);
        QCOMPARE(secretBytes(decomposed, SecretKind::Passphrase),
                 secretBytes(composed, SecretKind::Passphrase));
        QCOMPARE(secretBytes(QString::fromUtf8("سلام دوست من"), SecretKind::Passphrase),
                 QByteArray("سلام دوست من"));
    }

    void strength_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kind");
        QTest::addColumn<SecretStrength>("expected");
        const int pin = int(SecretKind::Pin);
        const int phrase = int(SecretKind::Passphrase);
        QTest::newRow("pin short") << u"12345"_qs << pin << SecretStrength::TooShort;
        QTest::newRow("pin ok") << u"123456"_qs << pin << SecretStrength::Fair;
        QTest::newRow("phrase short") << u"abc1234"_qs << phrase << SecretStrength::TooShort;
        QTest::newRow("phrase common") << u"Password"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase repetitive") << u"aaaabbbb"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase letters only") << u"bloemkool"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase fair") << u"bloemkool7"_qs << phrase << SecretStrength::Fair;
        QTest::newRow("phrase long words")
            << u"groene fiets in de regen"_qs << phrase << SecretStrength::Strong;
        QTest::newRow("phrase arabic long")
            << QString::fromUtf8("بيتنا الأخضر قرب النهر") << phrase << SecretStrength::Strong;
    }
    void strength()
    {
        QFETCH(QString, typed);
        QFETCH(int, kind);
        QFETCH(SecretStrength, expected);
        QCOMPARE(secretStrength(typed, SecretKind(kind)), expected);
    }
};

QTEST_GUILESS_MAIN(TestSecretInput)
#include "tst_secretinput.moc"
