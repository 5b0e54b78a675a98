#pragma once

#include <iterator> // std::data: Qt 6.4's qjnienvironment.h uses it without including it

#include <QJniEnvironment>

namespace samen::platform {

/** A new Java byte[] holding @p size bytes from @p data, or nullptr (any exception cleared). */
[[nodiscard]] jbyteArray toJavaArray(QJniEnvironment &env, const void *data, jsize size);

/** Overwrites the Java array @p array (and the C copy JNI may make of it) with zeros; null is ignored. */
void zeroArray(QJniEnvironment &env, jbyteArray array);

} // namespace samen::platform
