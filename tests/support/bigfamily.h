#pragma once

#include "documents/attachmentstore.h"
#include "documents/documentimporter.h"
#include "support/documenttestsupport.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QDate>
#include <QDateTime>

/** A big family for the benchmarks and tests of long lists (issue 19), generated, not stored. */
namespace samen::testsupport {

/** What fillBigFamily() made. */
struct BigFamily
{
    /** The paper with all the photos (of the first member). */
    qint64 photoDocument = 0;
    /** The member added last (the end of the family list). */
    qint64 lastMember = 0;
};

/**
 * Writes into @p db a family of @p members people (the first with one paper, every other a
 * child with 3 papers), @p deadlines dates from IND letters and @p photos photos on the first
 * member's paper; false on error.
 */
inline bool fillBigFamily(vault::Database &db, int members, int deadlines, int photos, BigFamily &made)
{
    made.photoDocument = documents::testsupport::seedDocument(db, QStringLiteral("Amal Haddad"));
    if (made.photoDocument == 0)
        return false;
    vault::PeopleRepository people(db);
    const qint64 referent = people.referents().constFirst().id;
    const QStringList kinds { QStringLiteral("identity"), QStringLiteral("birthCertificate"),
                              QStringLiteral("marriageCertificate") };
    for (int i = 1; i < members; ++i) {
        const QString name = QStringLiteral("Child %1 Haddad").arg(i);
        dossier::FamilyMember member { 0, referent, QStringLiteral("child"), name, name, {}, {}, {}, {} };
        if (!people.save(member))
            return false;
        made.lastMember = member.id;
        for (const QString &kind : kinds) {
            dossier::Document paper { 0, member.id, kind, dossier::DocumentStatus::Missing, {}, {} };
            if (!vault::DocumentRepository(db).save(paper))
                return false;
        }
    }
    vault::TimelineRepository timeline(db);
    for (int i = 0; i < deadlines; ++i) {
        dossier::Deadline deadline;
        deadline.ruleId = QStringLiteral("letter");
        deadline.dueDate = QDate::currentDate().addDays(10 + i).toString(Qt::ISODate);
        deadline.label = QStringLiteral("Letter %1").arg(i + 1);
        if (!timeline.save(deadline))
            return false;
    }
    const auto photo =
        documents::DocumentImporter::importImage(documents::testsupport::twoColourImage(QSize(1200, 1600)));
    if (photo.error != documents::ImportError::None)
        return false;
    for (int i = 0; i < photos; ++i) {
        if (!documents::AttachmentStore(db).add(made.photoDocument, photo.file,
                                                QDateTime::currentDateTimeUtc()))
            return false;
    }
    return true;
}

} // namespace samen::testsupport
