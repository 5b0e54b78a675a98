#pragma once

#include <QtGlobal>

/**
 * Milliseconds since this process was started by the kernel, so that start-up figures include
 * loading the libraries; falls back to the time since static initialisation where the kernel
 * does not say.
 */
[[nodiscard]] qint64 msSinceProcessStart();
