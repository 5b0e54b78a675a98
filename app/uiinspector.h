#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QQuickItem;
class QQuickWindow;

/**
 * Drives and inspects the loaded user interface for --self-test, --screenshots and the
 * layout tests: which pages exist, showing one, rendering a frame, finding layout faults.
 */
namespace UiInspector {

/** Minimum size of anything the user can touch, in device-independent pixels. */
constexpr qreal minimumTouchTarget = 48.0;

/** The names of all pages the main window can show (its "pageNames" property). */
[[nodiscard]] QStringList pageNames(QQuickWindow *window);

/** Shows the page @p name at once, without transition. Returns false for an unknown page. */
bool showPage(QQuickWindow *window, const QString &name);
/** Like showPage(), with the page's subject (its required ids, as the router passes them). */
bool showPage(QQuickWindow *window, const QString &name, const QVariantMap &properties);

/** Lets page transitions, layouts and bindings settle (at most 3 s) and renders one frame. */
[[nodiscard]] QImage renderFrame(QQuickWindow *window);

/**
 * Layout faults in the visible items under @p root: text that is wider or taller than its
 * item without wrapping or eliding on purpose, a control's own label elided, text cut off by
 * the window or a clipping parent, interactive controls smaller than minimumTouchTarget, and
 * text or controls that lie on top of each other. One line per fault.
 */
[[nodiscard]] QStringList layoutProblems(QQuickItem *root);

/** The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
[[nodiscard]] qreal contrastRatio(const QColor &a, const QColor &b);

/** The smallest contrast of text on its background (WCAG AA for normal text). */
constexpr qreal minimumTextContrast = 4.5;

/**
 * Opens the ComboBox @p comboBox, highlights a row and returns its faults: rows lower than
 * minimumTouchTarget, a highlighted row whose text has less than minimumTextContrast on the
 * row's background, and the layout faults inside the open list. Closes it again.
 */
[[nodiscard]] QStringList dropdownProblems(QQuickItem *comboBox);

} // namespace UiInspector
