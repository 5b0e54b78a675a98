#include "platform/dbusnotifier.h"
#include "platform/platformservices.h"

#include <QTest>

using namespace samen;
using reminders::Notification;

/** The Linux half of platformservices.h: the twins of the Android glue. */
class TestPlatformServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keystoreBindingIsPassThrough()
    {
        const auto binding = platform::makeKeystoreBinding();
        QVERIFY(dynamic_cast<vault::PassThroughKeystoreBinding *>(binding.get()));
        QCOMPARE(binding->kind(), quint8(0));
        const vault::SecureBytes kek = vault::SecureBytes::random(32);
        const vault::SecureBytes bound = binding->bind(kek);
        QVERIFY(!bound.isNull());
        QVERIFY(bound.equals(kek));
    }

    void notifierIsDBusAndSchedules()
    {
        QObject parent;
        auto notifier = platform::makeNotifier(&parent);
        auto *dbus = dynamic_cast<platform::DBusNotifier *>(notifier.get());
        QVERIFY(dbus);
        QCOMPARE(dbus->parent(), &parent);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Notification later { u"b"_qs, now.addDays(2), u"Samen"_qs, u"You have a date to check."_qs };
        const Notification sooner { u"a"_qs, now.addDays(1), u"Samen"_qs, u"You have a date to check."_qs };
        notifier->schedule({ later, sooner });
        QCOMPARE(notifier->scheduledKeys(), QStringList({ u"a"_qs, u"b"_qs }));
        QVERIFY(dbus->msecsToNextCheck() > 0);
        notifier->cancel(u"a"_qs);
        QCOMPARE(notifier->scheduledKeys(), QStringList({ u"b"_qs }));
        notifier->cancelAll();
        QVERIFY(notifier->scheduledKeys().isEmpty());
        QCOMPARE(dbus->msecsToNextCheck(), -1);
    }
};

QTEST_GUILESS_MAIN(TestPlatformServices)
#include "tst_platformservices.moc"
