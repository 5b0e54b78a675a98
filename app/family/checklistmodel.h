#pragma once

#include "rowlist.h"

#include <QQmlEngine>
#include <QString>

#include <functional>

namespace samen::dossier {
struct Document;
}
namespace samen::rules {
struct RulePack;
}
namespace samen::vault {
class Database;
}

/** One document on a member's checklist, all texts in the user's language. */
struct ChecklistRow
{
    Q_GADGET
    QML_VALUE_TYPE(checklistRow)
    /** The row id, as QML reads ids (a double, exact below 2^53). */
    Q_PROPERTY(double documentId READ qmlId)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString explanation MEMBER explanation)
    Q_PROPERTY(QString alternative MEMBER alternative)
    Q_PROPERTY(QString countryHint MEMBER countryHint)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString statusLabel MEMBER statusLabel)
    Q_PROPERTY(QString statusIcon MEMBER statusIcon)
    Q_PROPERTY(QString note MEMBER note)
    Q_PROPERTY(int attachmentCount MEMBER attachmentCount)

public:
    [[nodiscard]] double qmlId() const { return double(id); }

    /** document row id. */
    qint64 id = 0;
    /** Rule-pack document id, e.g. "birthCertificate". */
    QString kind;
    /** Short title, e.g. "Birth certificate". */
    QString title;
    /** What it is, in one or two plain sentences. */
    QString explanation;
    /** "No papers? …": what to send instead; may be empty. */
    QString alternative;
    /** Where to get it in the referent's country of origin; may be empty. */
    QString countryHint;
    /** "missing", "requested", "have", "translated" or "ready". */
    QString status;
    /** The status in words. */
    QString statusLabel;
    /** Icon of the status. */
    QString statusIcon;
    /** The user's own note. */
    QString note;
    /** Photos and files kept for it. */
    int attachmentCount = 0;
};

/**
 * The documents of one family member, in rule-pack order, with their status and notes.
 * Filled by FamilyController; edits are written to the vault at once.
 */
class ChecklistModel : public SAMEN_ROW_LIST_MODEL(ChecklistRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by FamilyController")

public:
    /** The data of a row. */
    enum Role {
        IdRole = Qt::UserRole,
        KindRole,
        TitleRole,
        ExplanationRole,
        AlternativeRole,
        CountryHintRole,
        StatusRole,
        StatusLabelRole,
        StatusIconRole,
        NoteRole,
        AttachmentCountRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit ChecklistModel(QObject *parent);

    /**
     * Shows the documents of member @p memberId from @p db (nullptr: none), with texts from
     * @p pack and hints for country of origin @p country. @p db and @p pack must stay valid
     * until the next call.
     */
    void show(samen::vault::Database *db, qint64 memberId, const samen::rules::RulePack *pack,
              const QString &country);
    /** Reads the rows again (after attachments or texts changed). */
    void reload();

    /** Sets the status of document @p documentId ("missing", "requested", "have", "translated", "ready"). */
    Q_INVOKABLE bool setStatus(qint64 documentId, const QString &status);
    /** Sets the note of document @p documentId. */
    Q_INVOKABLE bool setNote(qint64 documentId, const QString &note);

    /** The member shown; 0 for none. */
    [[nodiscard]] qint64 memberId() const { return m_memberId; }

    /** Where papers of @p kind stand on a checklist: their place in @p pack (0 without one). */
    [[nodiscard]] static int packOrder(const samen::rules::RulePack *pack, const QString &kind);

Q_SIGNALS:
    /** A status or note was saved. */
    void edited();

private:
    [[nodiscard]] QList<ChecklistRow> readRows() const;
    [[nodiscard]] bool update(qint64 documentId,
                              const std::function<void(samen::dossier::Document &)> &change);

    samen::vault::Database *m_db = nullptr;
    const samen::rules::RulePack *m_pack = nullptr;
    qint64 m_memberId = 0;
    QString m_country;
};
