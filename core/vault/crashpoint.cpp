#include "vault/crashpoint.h"

#include <utility>

namespace samen::vault {

namespace {
std::function<void(CrashPoint)> &hook()
{
    static std::function<void(CrashPoint)> installed;
    return installed;
}
} // namespace

void crashPoint(CrashPoint point)
{
    if (hook())
        hook()(point);
}

void setCrashHook(std::function<void(CrashPoint)> newHook)
{
    hook() = std::move(newHook);
}

} // namespace samen::vault
