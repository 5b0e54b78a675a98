#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class VaultController;

/**
 * Locks the store when the app goes to the background and after a time without any touch,
 * key press or mouse use (5 minutes by default).
 */
class AutoLock : public QObject
{
    Q_OBJECT
public:
    /** Watches the application's input and state for @p vault. */
    AutoLock(VaultController &vault, std::chrono::milliseconds idleTimeout, QObject *parent = nullptr);

    /** The idle time after which the store locks. */
    static constexpr std::chrono::minutes defaultIdleTimeout { 5 };

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onApplicationStateChanged(Qt::ApplicationState state);

    VaultController &m_vault;
    QTimer m_idle;
};
