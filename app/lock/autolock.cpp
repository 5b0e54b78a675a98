#include "lock/autolock.h"

#include "lock/vaultcontroller.h"

#include <QEvent>
#include <QGuiApplication>

AutoLock::AutoLock(VaultController &vault, std::chrono::milliseconds idleTimeout, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeout);
    connect(&m_idle, &QTimer::timeout, &m_vault, &VaultController::lock);
    connect(&m_vault, &VaultController::stateChanged, this, [this] {
        if (m_vault.state() == VaultController::Unlocked)
            m_idle.start();
        else
            m_idle.stop();
    });
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &AutoLock::onApplicationStateChanged);
    qGuiApp->installEventFilter(this);
    if (m_vault.state() == VaultController::Unlocked)
        m_idle.start();
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        if (m_idle.isActive())
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
        m_vault.lock();
}
