#include "family/documentview.h"

#include "family/familycontroller.h"
#include "family/memberview.h"

DocumentView::DocumentView(QObject *parent)
    : DocumentView(*FamilyController::published(), parent)
{ }

DocumentView::DocumentView(FamilyController &family, QObject *parent)
    : QObject(parent)
    , m_member(new MemberView(family, this))
{
    connect(m_member, &MemberView::memberIdChanged, this, &DocumentView::memberIdChanged);
    connect(m_member, &MemberView::memberChanged, this, &DocumentView::documentChanged);
}

qint64 DocumentView::memberId() const
{
    return m_member->memberId();
}

void DocumentView::setMemberId(qint64 id)
{
    m_member->setMemberId(id);
}

void DocumentView::setDocumentId(qint64 id)
{
    if (id == m_documentId)
        return;
    m_documentId = id;
    Q_EMIT documentIdChanged();
    Q_EMIT documentChanged();
}

ChecklistRow DocumentView::document() const
{
    return m_member->checklist()->rowWithId(m_documentId);
}

FamilyRow DocumentView::member() const
{
    return m_member->member();
}

bool DocumentView::setStatus(const QString &status)
{
    return exists() && m_member->checklist()->setStatus(m_documentId, status);
}

bool DocumentView::setNote(const QString &note)
{
    return exists() && m_member->checklist()->setNote(m_documentId, note);
}
