#include "family/checklistmodel.h"

#include "rules/pack.h"
#include "texts/documenttexts.h"
#include "vault/documentrepository.h"

#include <QDateTime>

#include <algorithm>

using samen::dossier::Document;
using samen::dossier::DocumentStatus;

ChecklistModel::ChecklistModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { IdRole, "documentId", field<&ChecklistRow::id> },
                       { KindRole, "kind", field<&ChecklistRow::kind> },
                       { TitleRole, "title", field<&ChecklistRow::title> },
                       { ExplanationRole, "explanation", field<&ChecklistRow::explanation> },
                       { AlternativeRole, "alternative", field<&ChecklistRow::alternative> },
                       { CountryHintRole, "countryHint", field<&ChecklistRow::countryHint> },
                       { StatusRole, "status", field<&ChecklistRow::status> },
                       { StatusLabelRole, "statusLabel", field<&ChecklistRow::statusLabel> },
                       { StatusIconRole, "statusIcon", field<&ChecklistRow::statusIcon> },
                       { NoteRole, "note", field<&ChecklistRow::note> },
                       { AttachmentCountRole, "attachmentCount", field<&ChecklistRow::attachmentCount> },
                   },
                   TitleRole)
{ }

void ChecklistModel::show(samen::vault::Database *db, qint64 memberId, const samen::rules::RulePack *pack,
                          const QString &country)
{
    m_db = db;
    m_memberId = db ? memberId : 0;
    m_pack = pack;
    m_country = country;
    reload();
}

void ChecklistModel::reload()
{
    refreshRows(readRows(), &ChecklistRow::id);
}

QList<ChecklistRow> ChecklistModel::readRows() const
{
    if (!m_db || m_memberId == 0)
        return {};
    samen::vault::DocumentRepository repository(*m_db);
    QList<ChecklistRow> rows;
    QList<int> order;
    for (const Document &document : repository.documents(m_memberId)) {
        ChecklistRow row;
        row.id = document.id;
        row.kind = document.kind;
        row.title = DocumentTexts::title(document.kind);
        const auto *spec = m_pack ? m_pack->document(document.kind) : nullptr;
        if (spec) {
            row.explanation = DocumentTexts::text(spec->explanationKey);
            row.alternative = DocumentTexts::text(spec->alternativeKey);
            row.countryHint = DocumentTexts::text(spec->countryHints.value(m_country));
        }
        row.status = samen::dossier::statusName(document.status);
        row.statusLabel = DocumentTexts::statusLabel(document.status);
        row.statusIcon = DocumentTexts::statusIcon(document.status);
        row.note = document.note;
        row.attachmentCount = int(repository.attachmentIds(document.id).size());
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [this](const ChecklistRow &a, const ChecklistRow &b) {
        return packOrder(m_pack, a.kind) < packOrder(m_pack, b.kind);
    });
    return rows;
}

int ChecklistModel::packOrder(const samen::rules::RulePack *pack, const QString &kind)
{
    if (!pack)
        return 0;
    const auto it = std::find_if(pack->documents.cbegin(), pack->documents.cend(),
                                 [&](const auto &spec) { return spec.id == kind; });
    return int(it - pack->documents.cbegin());
}

bool ChecklistModel::update(qint64 documentId, const std::function<void(Document &)> &change)
{
    if (!m_db || indexOf(documentId) < 0)
        return false;
    samen::vault::DocumentRepository repository(*m_db);
    auto document = repository.document(documentId);
    if (!document)
        return false;
    change(*document);
    document->updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!repository.save(*document))
        return false;
    reload();
    Q_EMIT edited();
    return true;
}

bool ChecklistModel::setStatus(qint64 documentId, const QString &status)
{
    const auto value = samen::dossier::documentStatusFromString(status);
    return value && update(documentId, [&](Document &document) { document.status = *value; });
}

bool ChecklistModel::setNote(qint64 documentId, const QString &note)
{
    return update(documentId, [&](Document &document) { document.note = note.trimmed(); });
}
