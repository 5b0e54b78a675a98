#include "vault/processguard.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace samen::vault {

#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)

bool forbidCoreDumps()
{
    const rlimit none { 0, 0 };
    const bool limited = ::setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
}

bool coreDumpsForbidden()
{
    rlimit limit {};
    return ::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0 &&
        ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

#else

bool forbidCoreDumps()
{
    return false;
}

bool coreDumpsForbidden()
{
    return false;
}

#endif

} // namespace samen::vault
