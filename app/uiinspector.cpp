#include "uiinspector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJSValue>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>
#include <cmath>

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

// True when @p item is in a clipping list that scrolls sideways (a folder path showing its end):
// what it hides is scrolled away on purpose, not cut off.
bool inSidewaysList(const QQuickItem *item)
{
    for (const QQuickItem *ancestor = item->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        if (ancestor->clip() && ancestor->inherits("QQuickFlickable") &&
            ancestor->property("contentWidth").toReal() > ancestor->width() + tolerance)
            return true;
    }
    return false;
}

void checkClipping(const QQuickItem *item, QStringList &problems)
{
    if (inSidewaysList(item))
        return;
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

// The part of @p item that can be seen: its box within every clipping ancestor (the text of a
// scrolling area ends where the area ends).
QRectF visibleBox(const QQuickItem *item)
{
    QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (const QQuickItem *ancestor = item->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        if (ancestor->clip())
            box &= ancestor->mapRectToScene(QRectF(0, 0, ancestor->width(), ancestor->height()));
    }
    return box;
}

// Text and controls must not lie on top of each other (unless one is inside the other).
void checkOverlaps(const QList<const QQuickItem *> &items, QStringList &problems)
{
    for (int i = 0; i < items.size(); ++i) {
        const QRectF a = visibleBox(items[i]);
        for (int j = i + 1; j < items.size(); ++j) {
            if (isAncestor(items[i], items[j]) || isAncestor(items[j], items[i]))
                continue;
            const QRectF b = visibleBox(items[j]);
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
    if (isText && insideControl && item->property("truncated").toBool())
        problems << QStringLiteral("%1 is elided inside its control").arg(describe(item));
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

// Main.qml's showPage(name, properties); an invalid @p subject reaches it as undefined.
static bool callShowPage(QQuickWindow *window, const QString &name, const QVariant &subject)
{
    QVariant shown;
    const bool called = window &&
        QMetaObject::invokeMethod(window, "showPage", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, name),
                                  Q_ARG(QVariant, subject));
    return called && shown.toBool();
}

bool showPage(QQuickWindow *window, const QString &name)
{
    return callShowPage(window, name, QVariant());
}

bool showPage(QQuickWindow *window, const QString &name, const QVariantMap &properties)
{
    return callShowPage(window, name, properties);
}

static bool anyStackViewBusy(const QQuickItem *item)
{
    if (item->inherits("QQuickStackView") && item->property("busy").toBool())
        return true;
    const auto children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(), anyStackViewBusy);
}

namespace {

/** Where every shown item is, as bytes to compare between two frames. */
QByteArray geometryOf(const QQuickItem *root)
{
    QByteArray bytes;
    QList<const QQuickItem *> pending { root };
    while (!pending.isEmpty()) {
        const QQuickItem *item = pending.takeLast();
        if (!item || !item->isVisible())
            continue;
        const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        for (const qreal value : { box.x(), box.y(), box.width(), box.height() })
            bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
        const auto children = item->childItems();
        for (const QQuickItem *child : children)
            pending.append(child);
    }
    return bytes;
}

} // namespace

QImage renderFrame(QQuickWindow *window)
{
    // Let page transitions finish (two pages on screen at once are not a layout to judge).
    QElapsedTimer waited;
    waited.start();
    while (anyStackViewBusy(window->contentItem()) && waited.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    // Nested layouts (and list delegates whose text grows) may settle only after more polish
    // passes: render until no item moves between two frames (at least three, at most twelve).
    QImage frame;
    QByteArray before;
    for (int pass = 0; pass < 12; ++pass) {
        QCoreApplication::processEvents();
        // Delegates a list let go of (a new model after a language change) are deleted later;
        // processEvents() alone leaves them on screen, over the new ones.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        frame = window->grabWindow();
        QByteArray now = geometryOf(window->contentItem());
        if (pass >= 2 && now == before)
            break;
        before = std::move(now);
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

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](qreal c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
            0.0722 * channel(color.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

static const QQuickItem *firstText(const QQuickItem *item)
{
    if (item->inherits("QQuickText") && isShown(item) && !item->property("text").toString().isEmpty())
        return item;
    const auto children = item->childItems();
    for (const QQuickItem *child : children) {
        if (const QQuickItem *text = firstText(child))
            return text;
    }
    return nullptr;
}

static void checkRow(const QQuickItem *row, QStringList &problems)
{
    if (row->height() + tolerance < minimumTouchTarget) {
        problems << QStringLiteral("%1: row is %2 px high, needs %3")
                        .arg(describe(row))
                        .arg(qRound(row->height()))
                        .arg(minimumTouchTarget);
    }
    if (!row->property("highlighted").toBool())
        return;
    const QQuickItem *text = firstText(row);
    const auto *background = row->property("background").value<QQuickItem *>();
    if (!text || !background || !isShown(background)) {
        problems << QStringLiteral("%1: highlighted row without text or background").arg(describe(row));
        return;
    }
    const QColor ink = text->property("color").value<QColor>();
    const QColor paper = background->property("color").value<QColor>();
    const qreal ratio = contrastRatio(ink, paper);
    if (ratio < minimumTextContrast) {
        problems << QStringLiteral("%1: highlighted text %2 on %3 has contrast %4, needs %5")
                        .arg(describe(row), ink.name(), paper.name())
                        .arg(ratio, 0, 'f', 2)
                        .arg(minimumTextContrast);
    }
}

QStringList dropdownProblems(QQuickItem *comboBox)
{
    auto *popup = comboBox->property("popup").value<QObject *>();
    auto *list = popup ? popup->property("contentItem").value<QQuickItem *>() : nullptr;
    auto *rows = list ? list->property("contentItem").value<QQuickItem *>() : nullptr;
    if (!rows)
        return { QStringLiteral("%1 has no list to open").arg(describe(comboBox)) };
    QMetaObject::invokeMethod(popup, "open");
    if (comboBox->property("highlightedIndex").toInt() < 0)
        QMetaObject::invokeMethod(comboBox, "incrementCurrentIndex");
    (void)renderFrame(comboBox->window());
    QStringList problems;
    bool highlighted = false;
    const auto children = rows->childItems();
    for (const QQuickItem *row : children) {
        if (!isShown(row) || !row->inherits("QQuickAbstractButton"))
            continue;
        highlighted = highlighted || row->property("highlighted").toBool();
        checkRow(row, problems);
    }
    if (!highlighted)
        problems << QStringLiteral("%1: no row is highlighted").arg(describe(comboBox));
    problems << layoutProblems(list->parentItem());
    QMetaObject::invokeMethod(popup, "close");
    (void)renderFrame(comboBox->window());
    return problems;
}

} // namespace UiInspector
