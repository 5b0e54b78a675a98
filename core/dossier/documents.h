#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <tuple>

namespace samen::dossier {

/** Where a document stands, in the order the checklist moves through. */
enum class DocumentStatus { Missing, Requested, Have, Translated, Ready };

/** Stable name stored in the database ("missing", "requested", "have", "translated", "ready"). */
[[nodiscard]] QString statusName(DocumentStatus status);
/** The status named @p name; nullopt for an unknown name. */
[[nodiscard]] std::optional<DocumentStatus> documentStatusFromString(const QString &name);

/** One document on a family member's checklist. */
struct Document
{
    /** Row id; 0 before it is stored. */
    qint64 id = 0;
    /** The family member it is for; 0 for the referent's own documents. */
    qint64 memberId = 0;
    /** Rule-pack document kind id, e.g. "passport" or "marriage-certificate". */
    QString kind;
    /** Where it stands. */
    DocumentStatus status = DocumentStatus::Missing;
    /** The user's own note. */
    QString note;
    /** Last change, ISO 8601 date-time (UTC). */
    QString updatedAt;

    friend bool operator==(const Document &a, const Document &b)
    {
        return std::tie(a.id, a.memberId, a.kind, a.status, a.note, a.updatedAt) ==
            std::tie(b.id, b.memberId, b.kind, b.status, b.note, b.updatedAt);
    }
};

/** A photo or file of a document, kept inside the encrypted database. */
struct Attachment
{
    /** Row id; 0 before it is stored. */
    qint64 id = 0;
    /** The document it shows. */
    qint64 documentId = 0;
    /** MIME type, e.g. "image/jpeg" or "application/pdf". */
    QString mimeType;
    /** The file's bytes (already downscaled and stripped of metadata by the importer). */
    QByteArray data;
    /** When it was added, ISO 8601 date-time (UTC). */
    QString createdAt;
    /** A small JPEG preview; empty for files without one. */
    QByteArray thumbnail;
    /** A safe file name to export it under (no path); empty when there is none. */
    QString fileName;

    friend bool operator==(const Attachment &a, const Attachment &b)
    {
        return std::tie(a.id, a.documentId, a.mimeType, a.data, a.createdAt, a.thumbnail, a.fileName) ==
            std::tie(b.id, b.documentId, b.mimeType, b.data, b.createdAt, b.thumbnail, b.fileName);
    }
};

} // namespace samen::dossier
