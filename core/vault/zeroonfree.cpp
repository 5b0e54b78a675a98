#include "vault/zeroonfree.h"

#include <atomic>
#include <cstddef>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>

extern "C" void __libc_free(void *pointer); // glibc's own free, exported for wrappers like this

namespace {
std::atomic<bool> zeroing { true };
}

// Interposes the C library's free() for the whole process (Qt's strings and containers and
// SQLCipher's page cache all end here); allocation itself stays glibc's.
extern "C" void free(void *pointer)
{
    if (pointer && zeroing.load(std::memory_order_relaxed))
        std::memset(pointer, 0, malloc_usable_size(pointer));
    __libc_free(pointer);
}

namespace samen::vault {
bool zeroOnFreeActive()
{
    return zeroing.load();
}
void setZeroOnFree(bool on)
{
    zeroing.store(on);
}
} // namespace samen::vault

#else

namespace samen::vault {
bool zeroOnFreeActive()
{
    return false;
}
void setZeroOnFree(bool)
{ }
} // namespace samen::vault

#endif
