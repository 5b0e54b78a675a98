#pragma once

#include "publishedsingleton.h"

#include <QList>
#include <QObject>
#include <QQmlEngine>

#include <functional>

/**
 * How large the text is: the system's font scale (Android's font size setting, the desktop's
 * default font size) times the size chosen in Settings (100 to 200 %). Theme takes every font,
 * control and icon size from scale(), so a change applies at once on every page.
 *
 * The chosen size is kept in the Qt settings file, like the language: it says nothing private
 * and is needed before the store is unlocked.
 */
class TextSize : public QObject, public PublishedSingleton<TextSize>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** The size chosen in Settings, in percent: one of choices. */
    Q_PROPERTY(int percent READ percent NOTIFY percentChanged)
    /** The sizes to choose from in Settings, in percent, smallest first. */
    Q_PROPERTY(QList<int> choices READ choices CONSTANT)
    /** True when a larger size can be chosen. */
    Q_PROPERTY(bool canGrow READ canGrow NOTIFY percentChanged)
    /** True when a smaller size can be chosen. */
    Q_PROPERTY(bool canShrink READ canShrink NOTIFY percentChanged)
    /** What every text size is multiplied by: the system's scale times percent, within 0.85 to 2. */
    Q_PROPERTY(qreal scale READ scale NOTIFY scaleChanged)

public:
    /** Reads the system's font scale (1 = the size the platform uses by default). */
    using SystemScale = std::function<qreal()>;

    /** The size remembered from an earlier run, over the system scale @p systemScale reads. */
    TextSize(SystemScale systemScale, QObject *parent);

    /** The largest scale: the layout tests check every page at it. */
    static constexpr qreal maximumScale = 2.0;
    /** The smallest scale (Android's "small" font size). */
    static constexpr qreal minimumScale = 0.85;

    [[nodiscard]] int percent() const { return m_percent; }
    [[nodiscard]] static QList<int> choices();
    [[nodiscard]] qreal scale() const;
    [[nodiscard]] bool canGrow() const { return m_percent < choices().constLast(); }
    [[nodiscard]] bool canShrink() const { return m_percent > choices().constFirst(); }
    /** The system's font scale as last read. */
    [[nodiscard]] qreal systemScale() const { return m_systemScale; }

    /** The user chose @p percent in Settings: apply it and remember it. Other values are ignored. */
    Q_INVOKABLE void choose(int percent);
    /** Chooses the next larger size, if there is one. */
    Q_INVOKABLE void grow();
    /** Chooses the next smaller size, if there is one. */
    Q_INVOKABLE void shrink();
    /** Applies @p percent for this run only (command line, tests). False for a value not in choices. */
    bool apply(int percent);
    /** Replaces how the system's scale is read (tests, --screenshots) and reads it. */
    void setSystemScale(SystemScale systemScale);
    /** Reads the system's scale again (it may change while the app is in the background). */
    void refreshSystemScale();

    /** The percent remembered from an earlier run, else 100. */
    [[nodiscard]] static int rememberedPercent();

Q_SIGNALS:
    void percentChanged();
    void scaleChanged();

private:
    SystemScale m_readSystemScale;
    qreal m_systemScale = 1.0;
    int m_percent = 100;
};
