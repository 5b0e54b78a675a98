#pragma once

#include "family/checklistmodel.h"
#include "family/familymodel.h"

#include <QObject>
#include <QQmlEngine>

class FamilyController;
class MemberView;

/**
 * One paper of one family member for the page that shows it: the paper's row (see
 * ChecklistModel roles), its member's row, and edits of its status and note. Created by the page
 * (`DocumentView { memberId: root.memberId; documentId: root.documentId }`); it follows the
 * family, so a paper or member removed meanwhile turns `exists` false.
 */
class DocumentView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The family row id of the paper's member. */
    Q_PROPERTY(double memberId READ qmlMemberId WRITE setQmlMemberId NOTIFY memberIdChanged)
    /** The document row id of the paper. */
    Q_PROPERTY(double documentId READ qmlDocumentId WRITE setQmlDocumentId NOTIFY documentIdChanged)
    /** True while the paper is on its member's list. */
    Q_PROPERTY(bool exists READ exists NOTIFY documentChanged)
    /** The paper's row (its fields are ChecklistModel's roles); empty when there is none. */
    Q_PROPERTY(ChecklistRow document READ document NOTIFY documentChanged)
    /** The member's row (its fields are FamilyModel's roles); empty when there is none. */
    Q_PROPERTY(FamilyRow member READ member NOTIFY documentChanged)

public:
    /** A view on the published FamilyController (for QML). */
    explicit DocumentView(QObject *parent = nullptr);
    /** A view on @p family, which must outlive it. */
    explicit DocumentView(FamilyController &family, QObject *parent = nullptr);

    [[nodiscard]] qint64 memberId() const;
    void setMemberId(qint64 id);
    [[nodiscard]] qint64 documentId() const { return m_documentId; }
    void setDocumentId(qint64 id);
    [[nodiscard]] bool exists() const { return document().id != 0; }
    [[nodiscard]] ChecklistRow document() const;
    [[nodiscard]] FamilyRow member() const;

    /** Sets the paper's status ("missing", "requested", "have", "translated", "ready"). */
    Q_INVOKABLE bool setStatus(const QString &status);
    /** Sets the paper's note. */
    Q_INVOKABLE bool setNote(const QString &note);

Q_SIGNALS:
    /** memberId was set. */
    void memberIdChanged();
    /** documentId was set. */
    void documentIdChanged();
    /** The paper's or its member's row was read again. */
    void documentChanged();

private:
    // Row ids pass QML as double (qmllint of Qt 6.4 knows no qint64); exact below 2^53.
    [[nodiscard]] double qmlMemberId() const { return double(memberId()); }
    void setQmlMemberId(double id) { setMemberId(qint64(id)); }
    [[nodiscard]] double qmlDocumentId() const { return double(documentId()); }
    void setQmlDocumentId(double id) { setDocumentId(qint64(id)); }
    MemberView *m_member;
    qint64 m_documentId = 0;
};
