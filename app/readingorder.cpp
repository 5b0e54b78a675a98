#include "readingorder.h"

#include <algorithm>

ReadingOrder::ReadingOrder(QObject *parent)
    : QObject(parent)
{ }

void ReadingOrder::setTarget(QQuickItem *target)
{
    if (target == m_target)
        return;
    if (m_target)
        disconnect(m_target, nullptr, this, nullptr);
    m_target = target;
    if (m_target)
        connect(m_target, &QQuickItem::childrenChanged, this, &ReadingOrder::watchChildren);
    watchChildren();
    Q_EMIT targetChanged();
}

void ReadingOrder::watchChildren()
{
    for (const auto &watch : std::as_const(m_watches))
        disconnect(watch);
    m_watches.clear();
    if (!m_target)
        return;
    const auto children = m_target->childItems();
    for (QQuickItem *child : children)
        m_watches.append(connect(child, &QQuickItem::yChanged, this, &ReadingOrder::schedule));
    schedule();
}

void ReadingOrder::schedule()
{
    // Once per turn of the event loop: the list moves many rows in one layout pass.
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, &ReadingOrder::sort, Qt::QueuedConnection);
}

void ReadingOrder::sort()
{
    m_pending = false;
    if (!m_target)
        return;
    const QList<QQuickItem *> children = m_target->childItems();
    QList<QQuickItem *> sorted = children;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QQuickItem *a, const QQuickItem *b) {
        return a->y() != b->y() ? a->y() < b->y() : a->x() < b->x();
    });
    if (sorted == children)
        return;
    for (qsizetype i = 1; i < sorted.size(); ++i)
        sorted.at(i)->stackAfter(sorted.at(i - 1));
}
