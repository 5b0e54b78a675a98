#include "vault/processguard.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace samen::vault;

class TestProcessGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreDumpsAreForbidden()
    {
        QVERIFY(::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) == 0); // as every process starts
        QVERIFY(!coreDumpsForbidden());
        QVERIFY(forbidCoreDumps());
        QVERIFY(coreDumpsForbidden());
        rlimit limit {};
        QVERIFY(::getrlimit(RLIMIT_CORE, &limit) == 0);
        QCOMPARE(limit.rlim_max, rlim_t(0)); // cannot be raised again
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        const rlimit again { 1024, 1024 };
        QVERIFY(::setrlimit(RLIMIT_CORE, &again) != 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessGuard)
#include "tst_processguard.moc"
