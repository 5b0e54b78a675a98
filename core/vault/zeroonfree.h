#pragma once

namespace samen::vault {

/**
 * Whether freed heap memory is overwritten with zeros before it goes back to the allocator, so
 * that names and plaintext pages freed when Samen locks do not stay readable in the heap (audit
 * M3, MASVS STORAGE-2). Active only in programs that link the samen_zeroonfree object library
 * (the app and its memory test), on glibc: it wraps free() and zeroes malloc_usable_size() bytes.
 * Not covered: the QML engine's JavaScript heap (its own pages), and Android (bionic).
 */
[[nodiscard]] bool zeroOnFreeActive();

/** Turns the zeroing off or on again (tests: a control run that shows what stays without it). */
void setZeroOnFree(bool on);

} // namespace samen::vault
