#pragma once

#include <algorithm>

#include "uiinspector.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMap>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

/**
 * Drives the real window as a user does, for UI tests: finds visible items by objectName, taps
 * them (scrolling the page so that they are on screen), types, and completes the file choosers
 * of QtQuick.Dialogs. Every helper fails the running test when the user could not do the same
 * (nothing to tap, a disabled button, no chooser opening); check QTest::currentTestFailed()
 * after a call before going on.
 */
class UiDriver
{
public:
    /** Drives @p window, which must outlive the driver. */
    explicit UiDriver(QQuickWindow *window)
        : m_window(window)
    { }

    /** The first visible item under @p item (itself included) that @p matches, depth first. */
    template<typename Predicate> static QQuickItem *findItem(QQuickItem *item, const Predicate &matches)
    {
        if (!item->isVisible())
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

    /** Every visible item under @p item that @p matches. */
    template<typename Predicate>
    static void findAll(QQuickItem *item, const Predicate &matches, QList<QQuickItem *> &found)
    {
        if (!item->isVisible())
            return;
        if (matches(item))
            found.append(item);
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            findAll(child, matches, found);
    }

    /**
     * The visible item named @p name in the window (pages and popups), or nullptr. A row of a
     * list exists only while it is on screen: when @p name is not there, the lists are scrolled
     * from their start, as a user would, and left where the item shows up.
     */
    QQuickItem *named(const QString &name) const
    {
        const auto matches = [&](QQuickItem *item) { return item->objectName() == name; };
        if (QQuickItem *found = findItem(m_window->contentItem(), matches))
            return found;
        QQuickItem *found = nullptr;
        sweepLists([&](QQuickItem *list) { return (found = findItem(list, matches)) != nullptr; });
        return found;
    }

    /**
     * The number of visible items whose objectName starts with @p prefix, the rows of lists
     * included (they are scrolled through, and back to where they were).
     */
    int countNamed(const QString &prefix) const { return int(valuesNamed(prefix, "objectName").size()); }

    /**
     * Property @p property of every visible item whose objectName starts with @p prefix: items
     * outside lists each, rows of lists once per name (the lists are scrolled through, and back
     * to where they were).
     */
    QStringList valuesNamed(const QString &prefix, const char *property) const
    {
        const auto matches = [&](QQuickItem *item) { return item->objectName().startsWith(prefix); };
        QStringList values;
        QMap<QString, QString> rows; // objectName -> value
        const auto take = [&](QQuickItem *root, bool listsOnly) {
            QList<QQuickItem *> found;
            findAll(root, matches, found);
            for (QQuickItem *item : std::as_const(found)) {
                const QString value = item->property(property).toString();
                if (inList(item))
                    rows.insert(item->objectName(), value);
                else if (!listsOnly)
                    values.append(value);
            }
        };
        take(m_window->contentItem(), false);
        const auto lists = visibleLists();
        QList<qreal> positions;
        for (QQuickItem *list : lists)
            positions.append(list->property("contentY").toReal());
        sweepLists([&](QQuickItem *list) {
            take(list, true);
            return false;
        });
        for (qsizetype i = 0; i < lists.size(); ++i)
            lists.at(i)->setProperty("contentY", positions.at(i));
        QCoreApplication::processEvents();
        return values + rows.values();
    }

    /** The visible lists (ListView) in the window. */
    QList<QQuickItem *> visibleLists() const
    {
        QList<QQuickItem *> lists;
        findAll(
            m_window->contentItem(), [](QQuickItem *item) { return item->inherits("QQuickListView"); },
            lists);
        return lists;
    }

    /**
     * Scrolls each visible list from its start to its end, half a list's height at a time, and
     * calls @p visit(list) at each position; stops (the list left there) when it returns true.
     */
    template<typename Visit> bool sweepLists(const Visit &visit) const
    {
        const auto lists = visibleLists();
        for (QQuickItem *list : lists) {
            const qreal origin = list->property("originY").toReal();
            const qreal step = qMax(list->height() / 2, 1.0);
            for (qreal y = origin;; y += step) {
                const qreal last = origin + list->property("contentHeight").toReal() - list->height();
                list->setProperty("contentY", qMin(y, qMax(origin, last)));
                QCoreApplication::processEvents();
                if (visit(list))
                    return true;
                if (y >= last)
                    break;
            }
        }
        return false;
    }

    /**
     * UiInspector::layoutProblems() of @p window once its layout has settled: frames are drawn
     * until there are none or @p timeoutMs has passed, and the last problems are returned. Rows
     * that a list makes between frames (the deadline cards, made ahead) can still be growing in
     * the first frame of a page on a busy machine; the view moves the rows after them in the next
     * one. What the user is left with is what counts.
     */
    static QStringList settledLayoutProblems(QQuickWindow *window, int timeoutMs = 5000)
    {
        QStringList problems;
        QDeadlineTimer deadline(timeoutMs);
        do {
            (void)UiInspector::renderFrame(window);
            problems = UiInspector::layoutProblems(window->contentItem());
            if (problems.isEmpty())
                break;
            QTest::qWait(20);
        } while (!deadline.hasExpired());
        return problems;
    }

    /** The number of items in the tree of @p item, itself included (what a page creates). */
    static int itemCount(const QQuickItem *item)
    {
        int count = 1;
        const auto children = item->childItems();
        for (const QQuickItem *child : children)
            count += itemCount(child);
        return count;
    }

    /** True when @p item is (in) a row or the header or footer of a list. */
    static bool inList(const QQuickItem *item)
    {
        for (const QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
            if (parent->inherits("QQuickListView"))
                return true;
        }
        return false;
    }

    /** All visible text in the window (labels, fields, buttons), one entry per item. */
    /**
     * True when a visible text item showing exactly @p text lies wholly inside the window and
     * inside every Flickable it is in (seen without scrolling).
     */
    bool onScreen(const QString &text) const
    {
        QList<QQuickItem *> found;
        findAll(
            m_window->contentItem(),
            [&text](QQuickItem *item) {
                return item->inherits("QQuickText") && item->property("text").toString() == text;
            },
            found);
        return std::any_of(found.cbegin(), found.cend(), [this](const QQuickItem *item) {
            const QRectF box = item->mapRectToScene(item->boundingRect());
            for (const QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
                if (parent->inherits("QQuickFlickable") &&
                    !parent->mapRectToScene(parent->boundingRect()).contains(box))
                    return false;
            }
            return QRectF(0, 0, m_window->width(), m_window->height()).contains(box);
        });
    }

    QStringList visibleTexts() const
    {
        QList<QQuickItem *> found;
        findAll(
            m_window->contentItem(),
            [](QQuickItem *item) {
                return item->inherits("QQuickText") || item->inherits("QQuickTextInput") ||
                    item->inherits("QQuickTextEdit");
            },
            found);
        QStringList texts;
        for (const QQuickItem *item : found)
            texts << item->property("text").toString();
        return texts;
    }

    /** Waits until no page transition runs, so that what is visible is the page on top. */
    void settle() const
    {
        if (!m_stack) {
            const auto items = m_window->findChildren<QQuickItem *>();
            const auto view = std::find_if(items.cbegin(), items.cend(), [](QQuickItem *item) {
                return item->inherits("QQuickStackView");
            });
            m_stack = view == items.cend() ? nullptr : *view;
        }
        if (m_stack)
            QTRY_VERIFY_WITH_TIMEOUT(!m_stack->property("busy").toBool(), 10000);
        QCoreApplication::processEvents();
    }

    /** Scrolls the page so that @p item is a third down the window (or as far as the page goes). */
    static void scrollTo(QQuickItem *item)
    {
        for (QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
            if (!parent->inherits("QQuickFlickable"))
                continue;
            const QPointF top = item->mapToItem(parent, QPointF(0, 0));
            const qreal contentY = parent->property("contentY").toReal();
            // Within the content: a Flickable scrolled past its end springs back on the next
            // press, and the release then lands somewhere else. A ListView's content starts at
            // originY (above 0 when it has a header).
            const qreal origin = parent->property("originY").toReal();
            const qreal wanted = contentY + top.y() - parent->height() / 3;
            const qreal last = origin + parent->property("contentHeight").toReal() - parent->height();
            parent->setProperty("contentY", qBound(origin, wanted, qMax(origin, last)));
            QCoreApplication::processEvents();
            break;
        }
    }

    /** Scrolls the page so that @p item is inside the window, then taps its middle. */
    void tap(QQuickItem *item) const
    {
        // An item that has just become visible is laid out at the next polish.
        const QPointer<QQuickItem> shown(item);
        QTRY_VERIFY(shown && shown->width() > 0 && shown->height() > 0);
        // A page that has just grown learns its new contentHeight at the next polish; until then
        // the scroll is clamped short of the item, so scroll again until the item is in view.
        QPointF middle;
        for (int attempt = 0; attempt < 100; ++attempt) {
            scrollTo(item);
            middle = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
            if (m_window->contentItem()->contains(middle))
                break;
            QTest::qWait(20);
        }
        QVERIFY2(m_window->contentItem()->contains(middle), qPrintable(item->objectName()));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, middle.toPoint());
        QCoreApplication::processEvents();
        settle();
    }

    /** Waits for the visible item @p name, checks it is enabled and taps it. */
    void tapNamed(const QString &name) const
    {
        settle(); // a page may be on its way in or out after something the app did by itself
        QQuickItem *item = nullptr;
        QTRY_VERIFY2((item = named(name)) != nullptr, qPrintable(name + u" is not visible"_qs));
        QVERIFY2(item->isEnabled(), qPrintable(name + u" is disabled"_qs));
        tap(item);
    }

    /** Types @p text as key presses into the focused item (any script: Arabic-Indic digits too). */
    void typeText(const QString &text) const
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(m_window, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, m_window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    /** Taps the text input inside the visible item @p fieldName and types @p text into it. */
    void typeInto(const QString &fieldName, const QString &text) const
    {
        QQuickItem *field = nullptr;
        QTRY_VERIFY2((field = named(fieldName)) != nullptr, qPrintable(fieldName));
        QQuickItem *input = field->inherits("QQuickTextInput")
            ? field
            : findItem(field, [](QQuickItem *item) { return item->inherits("QQuickTextInput"); });
        QVERIFY2(input, qPrintable(fieldName + u" has no text field"_qs));
        tap(input);
        QTRY_VERIFY(input->hasActiveFocus());
        typeText(text);
    }

    /** The open chooser: the popup holding the file or folder list of QtQuick.Dialogs; or nullptr. */
    QQuickItem *openChooser() const
    {
        QQuickItem *list = named(u"fileDialogListView"_qs);
        if (!list)
            list = named(u"folderDialogListView"_qs);
        while (list && !list->inherits("QQuickPopupItem"))
            list = list->parentItem();
        return list;
    }

    /** The file-name field of the open save chooser, or nullptr. */
    QQuickItem *chooserNameField() const
    {
        QQuickItem *chooser = openChooser();
        return chooser
            ? findItem(chooser, [](QQuickItem *item) { return item->objectName() == u"fileNameTextField"; })
            : nullptr;
    }

    /** The visible button with the text @p text inside @p chooser, or nullptr. */
    static QQuickItem *buttonIn(QQuickItem *chooser, const QString &text)
    {
        return findItem(chooser, [&](QQuickItem *item) {
            return item->inherits("QQuickAbstractButton") && item->property("text").toString() == text;
        });
    }

    /**
     * Picks @p fileName in the open chooser's list (empty: nothing, for a folder), types
     * @p saveAs into its name field when saving, and taps the button labelled @p action.
     */
    void complete(const QString &fileName, const QString &saveAs, const QString &action) const
    {
        QQuickItem *chooser = nullptr;
        QTRY_VERIFY2((chooser = openChooser()) != nullptr, "no file chooser opened");
        if (!fileName.isEmpty()) {
            QQuickItem *entry = nullptr;
            QTRY_VERIFY((entry = findItem(chooser, [&](QQuickItem *item) {
                             return item->property("fileName").toString() == fileName;
                         })) != nullptr);
            tap(entry);
        }
        if (!saveAs.isEmpty()) {
            QQuickItem *field = findItem(
                chooser, [](QQuickItem *item) { return item->objectName() == u"fileNameTextField"; });
            QVERIFY2(field, "the save chooser has no name field");
            QCOMPARE(field->property("text").toString().isEmpty(), false); // the suggested name
            tap(field);
            QTRY_VERIFY(field->hasActiveFocus());
            QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
            typeText(saveAs);
            QCOMPARE(field->property("text").toString(), saveAs);
        }
        QQuickItem *button = buttonIn(chooser, action);
        QVERIFY2(button, qPrintable(u"no button "_qs + action));
        tap(button);
        QTRY_VERIFY(openChooser() == nullptr);
    }

private:
    QQuickWindow *m_window;
    mutable QPointer<QQuickItem> m_stack; // the window's StackView, found on the first tap
};
