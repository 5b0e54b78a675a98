#include "textsize.h"

#include <QGuiApplication>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace {
const auto percentKey = QStringLiteral("ui/textSizePercent");
constexpr int defaultPercent = 100;

qreal bounded(qreal scale)
{
    if (!std::isfinite(scale) || scale <= 0.0)
        return 1.0;
    return std::clamp(scale, TextSize::minimumScale, TextSize::maximumScale);
}
} // namespace

TextSize::TextSize(SystemScale systemScale, QObject *parent)
    : QObject(parent)
    , m_readSystemScale(std::move(systemScale))
    , m_percent(rememberedPercent())
{
    refreshSystemScale();
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                refreshSystemScale();
        });
    }
}

QList<int> TextSize::choices()
{
    return { 100, 125, 150, 175, 200 };
}

qreal TextSize::scale() const
{
    return bounded(m_systemScale * m_percent / 100.0);
}

void TextSize::choose(int percent)
{
    if (apply(percent))
        QSettings().setValue(percentKey, percent);
}

void TextSize::grow()
{
    const QList<int> sizes = choices();
    const qsizetype at = sizes.indexOf(m_percent);
    if (at >= 0 && at + 1 < sizes.size())
        choose(sizes.at(at + 1));
}

void TextSize::shrink()
{
    const QList<int> sizes = choices();
    const qsizetype at = sizes.indexOf(m_percent);
    if (at > 0)
        choose(sizes.at(at - 1));
}

bool TextSize::apply(int percent)
{
    if (!choices().contains(percent))
        return false;
    if (percent == m_percent)
        return true;
    const qreal before = scale();
    m_percent = percent;
    Q_EMIT percentChanged();
    if (!qFuzzyCompare(before, scale()))
        Q_EMIT scaleChanged();
    return true;
}

void TextSize::setSystemScale(SystemScale systemScale)
{
    m_readSystemScale = std::move(systemScale);
    refreshSystemScale();
}

void TextSize::refreshSystemScale()
{
    const qreal before = scale();
    m_systemScale = m_readSystemScale ? bounded(m_readSystemScale()) : 1.0;
    if (!qFuzzyCompare(before, scale()))
        Q_EMIT scaleChanged();
}

int TextSize::rememberedPercent()
{
    const int remembered = QSettings().value(percentKey, defaultPercent).toInt();
    return choices().contains(remembered) ? remembered : defaultPercent;
}
