#include "kit/kitview.h"

#include "fileplaces.h"
#include "kit/kitcontroller.h"

#include <QDate>

KitView::KitView(QObject *parent)
    : KitView(*KitController::published(), parent)
{ }

KitView::KitView(KitController &kits, QObject *parent)
    : QObject(parent)
    , m_kits(&kits)
    , m_rows(new KitRowModel(this))
{
    connect(&kits, &KitController::kitsChanged, this, &KitView::read);
}

void KitView::setMemberId(qint64 id)
{
    if (id == m_memberId)
        return;
    m_memberId = id;
    Q_EMIT memberIdChanged();
    read();
}

void KitView::setLanguage(const QString &language)
{
    if (m_kits && exists() && language != m_kit.language &&
        !m_kits->setReadingLanguage(m_memberId, language)) {
        m_message = tr("The language could not be saved.");
        Q_EMIT messageChanged();
    }
}

void KitView::read()
{
    if (!m_kits)
        return;
    m_kit = m_kits->kit(m_memberId);
    m_rows->show(m_kit);
    Q_EMIT kitChanged();
}

bool KitView::canShare() const
{
    return m_kits && m_kits->canShare();
}

bool KitView::sharePdf()
{
    const bool opened = m_kits && m_kits->sharePdf(m_memberId, suggestedFileName(), &m_message);
    if (opened)
        m_message.clear();
    Q_EMIT messageChanged();
    return opened;
}

bool KitView::savePdf(const QUrl &file)
{
    const bool written = m_kits && m_kits->savePdf(m_memberId, FilePlaces::pathOf(file), &m_message);
    if (written)
        m_message.clear();
    Q_EMIT messageChanged();
    return written;
}

QString KitView::suggestedFileName() const
{
    return QStringLiteral("samen-kit-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
}
