#pragma once

#include <QLoggingCategory>

/** Vault log category. Lines name operations and error codes only, never user data. */
Q_DECLARE_LOGGING_CATEGORY(lcVault)
