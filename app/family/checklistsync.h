#pragma once

#include "dossier/documents.h"

#include <QList>
#include <QStringList>

namespace samen::vault {
class Database;
}

/**
 * Keeps one family member's document rows in step with the documents the rules require:
 * a row is added for every required kind that has none; a row that is no longer required goes
 * only while the user has not touched it (status still missing, no note, no attachment).
 */
class ChecklistSync
{
public:
    /** Works on the unlocked @p db, which must outlive it. */
    explicit ChecklistSync(samen::vault::Database &db);

    /** Brings member @p memberId's rows in step with @p requiredKinds, in one transaction; false on error. */
    [[nodiscard]] bool sync(qint64 memberId, const QStringList &requiredKinds, bool *changed = nullptr);
    /**
     * The same with the member's rows @p existing already read (DocumentRepository::documents),
     * so that a caller going through the whole family reads them once for everyone.
     */
    [[nodiscard]] bool sync(qint64 memberId, const QList<samen::dossier::Document> &existing,
                            const QStringList &requiredKinds, bool *changed = nullptr);

private:
    samen::vault::Database &m_db;
};
