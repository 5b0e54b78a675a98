#include "chooserfit.h"

#include <QChildEvent>
#include <QQmlEngine>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>

namespace {

bool isChooser(const QObject *object)
{
    return object->inherits("QQuickFileDialogImpl") || object->inherits("QQuickFolderDialogImpl");
}

template<typename Predicate> QQuickItem *findItem(QQuickItem *item, const Predicate &matches)
{
    if (!item)
        return nullptr;
    if (matches(item))
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, matches))
            return found;
    }
    return nullptr;
}

QVariant attached(QQuickItem *item, const QString &name)
{
    return QQmlProperty(item, name, qmlContext(item)).read();
}

/** Space between the chooser's buttons and the window's edge. */
constexpr int footerMargin = 12;

// Row 0: "File name" and the field; row 1: the buttons under the field instead of beside it.
// The file-type filter in row 1 is hidden: Samen sets none.
void stackFooter(QQuickItem *footer)
{
    QQuickItem *grid = findItem(footer, [](QQuickItem *item) { return item->inherits("QQuickGridLayout"); });
    if (!grid)
        return;
    const auto children = grid->childItems();
    for (QQuickItem *child : children) {
        const bool filter = child->inherits("QQuickComboBox") ||
            (child->inherits("QQuickLabel") && attached(child, QStringLiteral("Layout.row")).toInt() == 1);
        if (filter)
            child->setVisible(false);
        if (child->inherits("QQuickDialogButtonBox")) {
            QQmlProperty(child, QStringLiteral("Layout.column"), qmlContext(child)).write(1);
            // Alone in its row (a chooser to open a file), the box otherwise runs into the edge.
            for (const char *side : { "Layout.leftMargin", "Layout.rightMargin" })
                QQmlProperty(child, QString::fromLatin1(side), qmlContext(child)).write(footerMargin);
        }
        if (child->inherits("QQuickTextField")) // the buttons' margin, now that they are below it
            QQmlProperty(child, QStringLiteral("Layout.rightMargin"), qmlContext(child)).write(20);
    }
}

// The path ends with the current folder: keep that end in view.
void showPathEnd(QQuickItem *header)
{
    QQuickItem *crumbs =
        findItem(header, [](QQuickItem *item) { return item->inherits("QQuickFolderBreadcrumbBar"); });
    auto *path = crumbs ? crumbs->property("contentItem").value<QQuickItem *>() : nullptr;
    if (!path)
        return;
    QMetaObject::invokeMethod(path, "forceLayout");
    QMetaObject::invokeMethod(path, "positionViewAtEnd");
}

} // namespace

ChooserFit::ChooserFit(QQuickWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

void ChooserFit::install(QQuickWindow *window)
{
    if (window)
        new ChooserFit(window);
}

bool ChooserFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::ChildAdded) {
        QObject *child = static_cast<QChildEvent *>(event)->child();
        if (child && isChooser(child))
            connect(child, SIGNAL(opened()), this, SLOT(fitSender()), Qt::UniqueConnection);
    }
    return QObject::eventFilter(watched, event);
}

void ChooserFit::fitSender()
{
    QObject *chooser = sender();
    chooser->setProperty("width", m_window->width());
    chooser->setProperty("height", m_window->height());
    stackFooter(chooser->property("footer").value<QQuickItem *>());
    showPathEnd(chooser->property("header").value<QQuickItem *>());
}
