#include "family/memberview.h"

#include "family/familycontroller.h"

MemberView::MemberView(QObject *parent)
    : MemberView(*FamilyController::published(), parent)
{ }

MemberView::MemberView(FamilyController &family, QObject *parent)
    : QObject(parent)
    , m_family(&family)
    , m_checklist(family.newChecklist(this))
{
    connect(&family, &FamilyController::familyChanged, this, &MemberView::read);
}

void MemberView::setMemberId(qint64 id)
{
    if (id == m_memberId)
        return;
    m_memberId = id;
    Q_EMIT memberIdChanged();
    read();
}

void MemberView::read()
{
    if (!m_family)
        return;
    m_member = m_family->members()->rowWithId(m_memberId);
    m_family->showChecklist(*m_checklist, m_member.id == 0 ? 0 : m_memberId);
    Q_EMIT memberChanged();
}
