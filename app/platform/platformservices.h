#pragma once

#include "platform/platform.h"

#include <QObject>

#include <memory>

namespace samen::platform {

/**
 * The key binding of this platform: AndroidKeystoreBinding (kind 1) on Android,
 * PassThroughKeystoreBinding (kind 0) elsewhere.
 */
[[nodiscard]] std::unique_ptr<vault::KeystoreBinding> makeKeystoreBinding();

/**
 * The attempt counter's device store for the vault in @p vaultFolder: AndroidCounterStore over
 * @p binding (which must outlive it) on Android; SecretServiceStore (a QObject with @p parent,
 * for its thread) elsewhere.
 */
[[nodiscard]] std::unique_ptr<vault::DeviceSecretStore>
makeDeviceSecretStore(const QString &vaultFolder, vault::KeystoreBinding &binding, QObject *parent = nullptr);

/**
 * The reminder notifier of this platform: AndroidNotifier on Android, DBusNotifier on the
 * session bus with the system clock elsewhere. The notifier is a QObject with @p parent (for
 * its thread); the returned pointer owns it, so destroy it before @p parent.
 */
[[nodiscard]] std::unique_ptr<reminders::Notifier> makeNotifier(QObject *parent = nullptr);

/**
 * How much larger than normal the system wants text: on Android the font size setting
 * (Configuration.fontScale, 1 = normal), elsewhere the desktop's default font size relative to
 * Qt's own default of 9 pt. Call it on the GUI thread.
 */
[[nodiscard]] qreal systemFontScale();

/**
 * The system's share sheet: on Android the platform's (a private content provider streams the
 * file from memory); nullptr elsewhere, where files are saved through a chooser instead.
 */
[[nodiscard]] std::unique_ptr<ShareSheet> makeShareSheet();

/**
 * This device's Platform for the vault in @p vaultFolder, from the factories above and the
 * system clock: what main() gives AppServices.
 */
[[nodiscard]] Platform systemPlatform(const QString &vaultFolder);

} // namespace samen::platform
