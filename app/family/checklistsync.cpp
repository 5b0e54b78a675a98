#include "family/checklistsync.h"

#include "vault/database.h"
#include "vault/documentrepository.h"

#include <QDateTime>

using samen::dossier::Document;
using samen::dossier::DocumentStatus;

namespace {

bool isTouched(samen::vault::DocumentRepository &documents, const Document &document)
{
    return document.status != DocumentStatus::Missing || !document.note.isEmpty() ||
        !documents.attachmentIds(document.id).isEmpty();
}

} // namespace

ChecklistSync::ChecklistSync(samen::vault::Database &db)
    : m_db(db)
{ }

bool ChecklistSync::sync(qint64 memberId, const QStringList &requiredKinds, bool *changed)
{
    return sync(memberId, samen::vault::DocumentRepository(m_db).documents(memberId), requiredKinds, changed);
}

bool ChecklistSync::sync(qint64 memberId, const QList<Document> &existing, const QStringList &requiredKinds,
                         bool *changed)
{
    samen::vault::DocumentRepository documents(m_db);
    QStringList present;
    QList<qint64> stale;
    for (const Document &document : existing) {
        present.append(document.kind);
        if (!requiredKinds.contains(document.kind) && !isTouched(documents, document))
            stale.append(document.id);
    }
    QStringList missing;
    for (const QString &kind : requiredKinds) {
        if (!present.contains(kind))
            missing.append(kind);
    }
    if (missing.isEmpty() && stale.isEmpty())
        return true;
    samen::vault::Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    for (const qint64 id : std::as_const(stale)) {
        if (!documents.removeDocument(id))
            return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString &kind : std::as_const(missing)) {
        Document document { 0, memberId, kind, DocumentStatus::Missing, {}, now };
        if (!documents.save(document))
            return false;
    }
    if (!transaction.commit())
        return false;
    if (changed)
        *changed = true;
    return true;
}
