#include "chooserfit.h"

#include "filedetails.h"
#include "languagecontroller.h"

#include <QChildEvent>
#include <QQmlEngine>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextOption>

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

/** Text.Wrap: at word boundaries, or anywhere in a word too long for the line. */
constexpr int wrapText = QTextOption::WrapAtWordBoundaryOrAnywhere;

/** Space between the chooser's buttons and the window's edge. */
constexpr int footerMargin = 12;

void writeAttached(QQuickItem *item, const char *name, const QVariant &value)
{
    QQmlProperty(item, QString::fromLatin1(name), qmlContext(item)).write(value);
}

// One thing per row, across the whole width, so that nothing runs off the edge at 200 % text:
// "File name", the field, then the buttons. The file-type filter is hidden: Samen sets none.
void placeAlone(QQuickItem *item, int row, int margin)
{
    writeAttached(item, "Layout.row", row);
    writeAttached(item, "Layout.column", 0);
    writeAttached(item, "Layout.columnSpan", 3);
    writeAttached(item, "Layout.leftMargin", margin);
    writeAttached(item, "Layout.rightMargin", margin);
}

void stackFooter(QQuickItem *footer)
{
    QQuickItem *grid = findItem(footer, [](QQuickItem *item) { return item->inherits("QQuickGridLayout"); });
    if (!grid)
        return;
    const auto children = grid->childItems();
    for (QQuickItem *child : children) {
        const bool label = child->inherits("QQuickLabel");
        if (child->inherits("QQuickComboBox") ||
            (label && attached(child, QStringLiteral("Layout.row")).toInt() == 1)) {
            child->setVisible(false);
        } else if (label) {
            placeAlone(child, 0, 20);
            writeAttached(child, "Layout.fillWidth", true);
            child->setProperty("text", ChooserFit::tr("File name"));
            child->setProperty("wrapMode", wrapText);
        } else if (child->inherits("QQuickTextField")) {
            placeAlone(child, 1, 20);
        } else if (child->inherits("QQuickDialogButtonBox")) {
            placeAlone(child, 2, footerMargin);
            writeAttached(child, "Layout.alignment", int(Qt::AlignRight | Qt::AlignVCenter));
        }
    }
}

/** Touch targets: at least this high (Qt's chooser makes its buttons and rows 40 px). */
constexpr int touchHeight = 48;

// The background sets the least height; a larger text still makes the control taller.
void atLeastTouchHigh(QQuickItem *control)
{
    if (auto *background = control->property("background").value<QQuickItem *>())
        background->setImplicitHeight(std::max<qreal>(background->implicitHeight(), touchHeight));
}

void buttonsTouchHigh(QQuickItem *footer)
{
    QQuickItem *box =
        findItem(footer, [](QQuickItem *item) { return item->inherits("QQuickDialogButtonBox"); });
    if (!box)
        return;
    // The box keeps its buttons in a list view: the buttons are the children of its content item.
    auto *view = box->property("contentItem").value<QQuickItem *>();
    auto *inView = view ? view->property("contentItem").value<QQuickItem *>() : nullptr;
    const auto buttons = inView ? inView->childItems() : QList<QQuickItem *>();
    for (QQuickItem *button : buttons) {
        if (button->inherits("QQuickAbstractButton"))
            atLeastTouchHigh(button);
    }
}

// The title wraps instead of ending in "…" at large text.
void wrapTitle(QQuickItem *header)
{
    QQuickItem *title =
        findItem(header, [](QQuickItem *item) { return item->objectName() == u"dialogTitleBarLabel"; });
    if (!title)
        return;
    title->setProperty("elide", int(Qt::ElideNone));
    title->setProperty("wrapMode", wrapText);
}

// A row's content: [Row {icon, name}, Item {size label, date label}]: the item with two labels.
QQuickItem *detailLine(QQuickItem *row)
{
    auto *content = row->property("contentItem").value<QQuickItem *>();
    return findItem(content, [content](QQuickItem *item) {
        const auto children = item->childItems();
        return item != content && !item->inherits("QQuickRow") && children.size() == 2 &&
            children.at(0)->inherits("QQuickLabel") && children.at(1)->inherits("QQuickLabel");
    });
}

// Right to left the path runs from the right: its separators (Qt's "▸" image) point left, the
// way it reads. The crumbs are made again for each folder, so again when the path changes.
void pointSeparatorsAlong(QQuickItem *path)
{
    auto *crumbs = path->property("contentItem").value<QQuickItem *>();
    if (!crumbs)
        return;
    const auto point = [path, crumbs] {
        const bool rightToLeft = path->property("effectiveLayoutDirection").toInt() == Qt::RightToLeft;
        const auto items = crumbs->childItems();
        for (QQuickItem *item : items) {
            if (item->inherits("QQuickIconImage"))
                item->setProperty("mirror", rightToLeft);
        }
    };
    point();
    if (!path->property("samenPointsSeparators").toBool()) {
        path->setProperty("samenPointsSeparators", true);
        QObject::connect(crumbs, &QQuickItem::childrenChanged, path, point);
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
    const auto toEnd = [path] {
        QMetaObject::invokeMethod(path, "forceLayout");
        QMetaObject::invokeMethod(path, "positionViewAtEnd");
        // Where the view cannot place the last crumb itself (it grew with large text), scroll.
        // Right to left the view starts at the end already.
        if (path->property("effectiveLayoutDirection").toInt() == Qt::RightToLeft)
            return;
        const qreal end =
            path->property("originX").toReal() + path->property("contentWidth").toReal() - path->width();
        if (end > path->property("contentX").toReal())
            path->setProperty("contentX", end);
    };
    toEnd();
    pointSeparatorsAlong(path);
    // The crumbs grow once the chooser's font is applied (large text): follow them to the end.
    if (!path->property("samenFollowsEnd").toBool()) {
        path->setProperty("samenFollowsEnd", true);
        QObject::connect(path, &QQuickItem::widthChanged, path, toEnd, Qt::QueuedConnection);
        QObject::connect(path, SIGNAL(contentWidthChanged()), path, SLOT(positionViewAtEnd()),
                         Qt::QueuedConnection);
    }
}

} // namespace

ChooserFit::ChooserFit(QQuickWindow *window, const LanguageController &languages)
    : QObject(window)
    , m_window(window)
    , m_languages(languages)
{
    window->installEventFilter(this);
}

void ChooserFit::install(QQuickWindow *window, const LanguageController &languages)
{
    if (window)
        new ChooserFit(window, languages);
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
    auto *footer = chooser->property("footer").value<QQuickItem *>();
    auto *header = chooser->property("header").value<QQuickItem *>();
    stackFooter(footer);
    buttonsTouchHigh(footer);
    showPathEnd(header);
    wrapTitle(header);
    auto *list = chooser->property("contentItem").value<QQuickItem *>();
    auto *rows = list ? list->property("contentItem").value<QQuickItem *>() : nullptr;
    if (!rows)
        return;
    // A new row joins the list before its bindings first run, which would write Qt's words over
    // Samen's: fit it once it is complete.
    connect(rows, &QQuickItem::childrenChanged, this, &ChooserFit::fitRows,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
    fitRowsOf(rows);
}

void ChooserFit::fitRows()
{
    if (auto *rows = qobject_cast<QQuickItem *>(sender()))
        fitRowsOf(rows);
}

void ChooserFit::fitRowsOf(QQuickItem *rows) const
{
    const auto children = rows->childItems();
    for (QQuickItem *row : children) {
        if (row->inherits("QQuickFileDialogDelegate"))
            fitRow(row);
    }
}

void ChooserFit::fitRow(QQuickItem *row) const
{
    QQuickItem *line = row->property("samenFitted").toBool() ? nullptr : detailLine(row);
    if (!line)
        return;
    row->setProperty("samenFitted", true);
    atLeastTouchHigh(row);
    QQuickItem *size = line->childItems().at(0);
    QQuickItem *date = line->childItems().at(1);
    const bool folder = row->property("fileIsDir").toBool();
    const qint64 bytes = folder ? -1 : row->property("fileSize").toLongLong();
    const QDateTime modified = row->property("fileModified").toDateTime();
    // Qt lays the row out for left-to-right only; right to left, the icon and the name go to the
    // right edge and the line ends under the name.
    const auto *content = row->property("contentItem").value<QQuickItem *>();
    const qreal besideIcon = line->x();
    line->setWidth(content->width() - besideIcon);
    if (m_languages.isRightToLeft()) {
        line->setX(0);
        QQuickItem *iconAndName = line->parentItem()->childItems().value(0);
        if (iconAndName && iconAndName != line)
            iconAndName->setX(content->width() - iconAndName->width());
    }
    QQmlProperty(size, QStringLiteral("text")).write(fileDetails(bytes, modified, m_languages.dates()));
    size->setProperty("width", line->width());
    size->setProperty("wrapMode", wrapText);
    date->setVisible(false);
}
