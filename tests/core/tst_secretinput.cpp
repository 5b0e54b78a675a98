#include "vault/pinpolicy.h"
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

    void easyPinsAreRecognised_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<PinPattern>("pattern");
        for (const QByteArray &common : commonPins())
            QTest::newRow(common.constData()) << common << PinPattern::Common;
        QTest::newRow("one digit") << QByteArray("77777777") << PinPattern::Repeated;
        QTest::newRow("pairs") << QByteArray("909090") << PinPattern::Repeated;
        QTest::newRow("triples") << QByteArray("480480") << PinPattern::Repeated;
        QTest::newRow("halves") << QByteArray("20252025") << PinPattern::Repeated;
        QTest::newRow("up") << QByteArray("234567") << PinPattern::Sequence;
        QTest::newRow("up over 9") << QByteArray("789012") << PinPattern::Sequence;
        QTest::newRow("down") << QByteArray("876543") << PinPattern::Sequence;
        QTest::newRow("year first") << QByteArray("199001") << PinPattern::Year;
        QTest::newRow("year last") << QByteArray("122003") << PinPattern::Year;
        QTest::newRow("8-digit date") << QByteArray("31121979") << PinPattern::Year;
        QTest::newRow("iso date") << QByteArray("20260503") << PinPattern::Year;
        for (const char *fine : { "135790", "246810", "483921", "975310", "24681357", "192800", "203011" })
            QTest::newRow(fine) << QByteArray(fine) << PinPattern::None;
    }
    void easyPinsAreRecognised()
    {
        QFETCH(QByteArray, pin);
        QFETCH(PinPattern, pattern);
        QCOMPARE(pinPattern(pin), pattern);
    }

    void strength_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kind");
        QTest::addColumn<SecretStrength>("expected");
        const int pin = int(SecretKind::Pin);
        const int phrase = int(SecretKind::Passphrase);
        QTest::newRow("pin short") << u"12345"_qs << pin << SecretStrength::TooShort;
        QTest::newRow("pin ok") << u"135790"_qs << pin << SecretStrength::Fair;
        QTest::newRow("pin with a pattern") << u"١٢٣٤٥٦"_qs << pin << SecretStrength::Weak;
        QTest::newRow("phrase short") << u"abc1234"_qs << phrase << SecretStrength::TooShort;
        QTest::newRow("phrase common") << u"Password"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase repetitive") << u"aaaabbbb"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase letters only") << u"bloemkool"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase one word and a digit") << u"bloemkool7"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase digits") << u"12345678"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase digits twice") << u"1234567812345678"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase keyboard rows") << u"qwertyuiopasdfgh"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase spaces") << u"        "_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase joiners") << QString(8, QChar(0x200D)) << phrase << SecretStrength::Weak;
        QTest::newRow("phrase dutch word") << u"wachtwoord123"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase app name") << u"samen2026"_qs << phrase << SecretStrength::Weak;
        QTest::newRow("phrase fair") << u"backup passphrase"_qs << phrase << SecretStrength::Fair;
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
        if (SecretKind(kind) == SecretKind::Passphrase)
            QCOMPARE(isAcceptableBackupPassphrase(typed.toUtf8()), expected >= SecretStrength::Fair);
    }

    void digitsOfReadsAPinInAnyScript()
    {
        QCOMPARE(digitsOf(u"٥٨٣٩٢٠١٧"_qs.toUtf8()), QByteArray("58392017"));
        QCOMPARE(digitsOf(u"583 92017"_qs.toUtf8()), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestSecretInput)
#include "tst_secretinput.moc"
