#pragma once

#include "family/checklistmodel.h"
#include "family/familymodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class FamilyController;

/**
 * One family member for the page that shows them: the member's row (see FamilyModel roles)
 * and their own checklist of papers. Created by the page (`MemberView { memberId: root.memberId }`),
 * it follows FamilyController, so it never shows a member that was renamed or removed meanwhile:
 * after a removal `exists` turns false and the row is empty.
 */
class MemberView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The family row id of the member shown; 0 for none. */
    Q_PROPERTY(double memberId READ qmlMemberId WRITE setQmlMemberId NOTIFY memberIdChanged)
    /** True while the member is in the family list. */
    Q_PROPERTY(bool exists READ exists NOTIFY memberChanged)
    /** The member's row (its fields are FamilyModel's roles); empty when there is no such member. */
    Q_PROPERTY(FamilyRow member READ member NOTIFY memberChanged)
    /** The member's papers. */
    Q_PROPERTY(ChecklistModel *checklist READ checklist CONSTANT)

public:
    /** A view on the published FamilyController (for QML). */
    explicit MemberView(QObject *parent = nullptr);
    /** A view on @p family, which must outlive it. */
    explicit MemberView(FamilyController &family, QObject *parent = nullptr);

    [[nodiscard]] qint64 memberId() const { return m_memberId; }
    void setMemberId(qint64 id);
    [[nodiscard]] bool exists() const { return m_member.id != 0; }
    [[nodiscard]] FamilyRow member() const { return m_member; }
    [[nodiscard]] ChecklistModel *checklist() const { return m_checklist; }

Q_SIGNALS:
    /** memberId was set. */
    void memberIdChanged();
    /** The member's row or papers were read again. */
    void memberChanged();

private:
    // Row ids pass QML as double (qmllint of Qt 6.4 knows no qint64); exact below 2^53.
    [[nodiscard]] double qmlMemberId() const { return double(memberId()); }
    void setQmlMemberId(double id) { setMemberId(qint64(id)); }
    void read();

    QPointer<FamilyController> m_family;
    ChecklistModel *m_checklist = nullptr;
    qint64 m_memberId = 0;
    FamilyRow m_member;
};
