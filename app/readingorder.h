#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickItem>

/**
 * Keeps the children of one item in the order they are shown, top to bottom. Keyboard focus
 * (Tab) and the accessibility tree (TalkBack) follow the order of an item's children; a
 * ListView adds rows as they scroll into view and reuses rows that scrolled away, so its
 * children would otherwise drift out of reading order. Used by ListPage on its list's content
 * item: `ReadingOrder { target: view.contentItem }`.
 */
class ReadingOrder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The item whose children are kept in order (a QObject for qmllint of Qt 6.4; an item). */
    Q_PROPERTY(QObject *target READ targetObject WRITE setTargetObject NOTIFY targetChanged)

public:
    explicit ReadingOrder(QObject *parent = nullptr);

    [[nodiscard]] QQuickItem *target() const { return m_target; }
    void setTarget(QQuickItem *target);

    /** Restacks the children of target by their top edge (then left edge), at once. */
    Q_INVOKABLE void sort();

Q_SIGNALS:
    void targetChanged();

private:
    [[nodiscard]] QObject *targetObject() const { return m_target; }
    void setTargetObject(QObject *target) { setTarget(qobject_cast<QQuickItem *>(target)); }
    void watchChildren();
    void schedule();

    QPointer<QQuickItem> m_target;
    QList<QMetaObject::Connection> m_watches;
    bool m_pending = false;
};
