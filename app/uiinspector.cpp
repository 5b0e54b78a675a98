#include "uiinspector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJSValue>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace UiInspector {

namespace {

constexpr qreal tolerance = 1.0;

bool isShown(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0.0 && item->width() > 0.0 && item->height() > 0.0;
}

bool isInteractive(const QQuickItem *item)
{
    if (!item->isEnabled())
        return false;
    if (item->inherits("QQuickTextEdit") || item->inherits("QQuickTextInput"))
        return !item->property("readOnly").toBool();
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox") ||
        item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox");
}

QString describe(const QQuickItem *item)
{
    QString text = item->property("text").toString().simplified();
    if (text.isEmpty())
        text = item->property("title").toString().simplified();
    if (text.isEmpty())
        text = item->objectName();
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(item->metaObject()->className()), text);
}

QString sizeText(qreal width, qreal height)
{
    return QStringLiteral("%1x%2").arg(qRound(width)).arg(qRound(height));
}

void checkText(const QQuickItem *text, QStringList &problems)
{
    if (text->property("text").toString().isEmpty() || text->property("truncated").toBool())
        return;
    const qreal contentWidth = text->property("contentWidth").toReal();
    const qreal contentHeight = text->property("contentHeight").toReal();
    if (contentWidth > text->width() + tolerance) {
        problems << QStringLiteral("%1 overflows: needs %2, has %3")
                        .arg(describe(text), sizeText(contentWidth, contentHeight),
                             sizeText(text->width(), text->height()));
    } else if (contentHeight > text->height() + tolerance) {
        problems << QStringLiteral("%1 is cut off: needs %2, has %3")
                        .arg(describe(text), sizeText(contentWidth, contentHeight),
                             sizeText(text->width(), text->height()));
    }
}

void checkClipping(const QQuickItem *item, QStringList &problems)
{
    const QRectF box(0, 0, item->width(), item->height());
    const QRectF inScene = item->mapRectToScene(box);
    const qreal windowWidth = item->window()->width();
    if (inScene.left() < -tolerance || inScene.right() > windowWidth + tolerance) {
        problems << QStringLiteral("%1 sticks out of the window (x %2 to %3 of %4)")
                        .arg(describe(item))
                        .arg(qRound(inScene.left()))
                        .arg(qRound(inScene.right()))
                        .arg(qRound(windowWidth));
        return;
    }
    for (const QQuickItem *ancestor = item->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        if (!ancestor->clip())
            continue;
        const QRectF inAncestor = item->mapRectToItem(ancestor, box);
        const bool scrolls = ancestor->inherits("QQuickFlickable");
        const bool outsideX =
            inAncestor.left() < -tolerance || inAncestor.right() > ancestor->width() + tolerance;
        const bool outsideY = !scrolls &&
            (inAncestor.top() < -tolerance || inAncestor.bottom() > ancestor->height() + tolerance);
        if (outsideX || outsideY) {
            problems << QStringLiteral("%1 is clipped by %2").arg(describe(item), describe(ancestor));
            return;
        }
    }
}

void checkTouchTarget(const QQuickItem *item, QStringList &problems)
{
    if (item->width() + tolerance < minimumTouchTarget || item->height() + tolerance < minimumTouchTarget) {
        problems << QStringLiteral("%1 is too small to touch: %2, needs %3x%3")
                        .arg(describe(item), sizeText(item->width(), item->height()))
                        .arg(minimumTouchTarget);
    }
}

bool isAncestor(const QQuickItem *ancestor, const QQuickItem *item)
{
    for (const QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
        if (parent == ancestor)
            return true;
    }
    return false;
}

// Text and controls must not lie on top of each other (unless one is inside the other).
void checkOverlaps(const QList<const QQuickItem *> &items, QStringList &problems)
{
    for (int i = 0; i < items.size(); ++i) {
        const QRectF a = items[i]->mapRectToScene(QRectF(0, 0, items[i]->width(), items[i]->height()));
        for (int j = i + 1; j < items.size(); ++j) {
            if (isAncestor(items[i], items[j]) || isAncestor(items[j], items[i]))
                continue;
            const QRectF b = items[j]->mapRectToScene(QRectF(0, 0, items[j]->width(), items[j]->height()));
            const QRectF common = a.intersected(b);
            if (common.width() > tolerance && common.height() > tolerance) {
                problems << QStringLiteral("%1 overlaps %2").arg(describe(items[i]), describe(items[j]));
            }
        }
    }
}

void walk(const QQuickItem *item, QStringList &problems, QList<const QQuickItem *> &placed,
          bool insideControl)
{
    if (!isShown(item))
        return;
    const bool isText = item->inherits("QQuickText");
    if (isText)
        checkText(item, problems);
    if (isText || isInteractive(item))
        checkClipping(item, problems);
    if (isInteractive(item))
        checkTouchTarget(item, problems);
    // A control's own label is part of the control: only the control itself is placed.
    const bool placesText = isText && !insideControl && !item->property("text").toString().isEmpty();
    if (placesText || isInteractive(item))
        placed << item;
    const auto children = item->childItems();
    for (const QQuickItem *child : children)
        walk(child, problems, placed, insideControl || isInteractive(item));
}

} // namespace

QStringList pageNames(QQuickWindow *window)
{
    // Read the JS array element by element: QVariant::toStringList() on a QJSValue array
    // frees memory it still uses in Qt 6.4.
    QStringList names;
    const QJSValue array = window ? window->property("pageNames").value<QJSValue>() : QJSValue();
    const int length = array.property(QStringLiteral("length")).toInt();
    for (int i = 0; i < length; ++i)
        names << array.property(i).toString();
    return names;
}

bool showPage(QQuickWindow *window, const QString &name)
{
    QVariant shown;
    const bool called = window &&
        QMetaObject::invokeMethod(window, "showPage", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, name));
    return called && shown.toBool();
}

static bool anyStackViewBusy(const QQuickItem *item)
{
    if (item->inherits("QQuickStackView") && item->property("busy").toBool())
        return true;
    const auto children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(), anyStackViewBusy);
}

QImage renderFrame(QQuickWindow *window)
{
    // Let page transitions finish (two pages on screen at once are not a layout to judge).
    QElapsedTimer waited;
    waited.start();
    while (anyStackViewBusy(window->contentItem()) && waited.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    // Nested layouts may settle only after a second polish pass: render until nothing moves.
    QImage frame;
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::processEvents();
        frame = window->grabWindow();
    }
    return frame;
}

QStringList layoutProblems(QQuickItem *root)
{
    QStringList problems;
    QList<const QQuickItem *> placed;
    if (root)
        walk(root, problems, placed, false);
    checkOverlaps(placed, problems);
    return problems;
}

} // namespace UiInspector
