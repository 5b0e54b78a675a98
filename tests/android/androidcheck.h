#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * Checks of the Android package source dir (app/android) that can run without an Android SDK.
 * Each function returns human-readable problems; an empty list means the input passes.
 */
namespace androidcheck {

/**
 * The permissions Samen may declare, each for one feature (the manifest comments say more):
 * POST_NOTIFICATIONS (reminders, Android 13+), SCHEDULE_EXACT_ALARM (reminders on time,
 * Android 12+, with an inexact fallback), RECEIVE_BOOT_COMPLETED (reminders set again after a
 * restart), CAMERA (photos of documents with Qt Multimedia, never via the gallery).
 * Anything else, INTERNET above all, is a problem.
 */
[[nodiscard]] QStringList allowedPermissions();

/**
 * Problems of AndroidManifest.xml: malformed XML; an INTERNET permission or one not in
 * allowedPermissions(); a permission without a comment right before it; Qt's
 * %%INSERT_PERMISSIONS / %%INSERT_FEATURES placeholders (they let androiddeployqt add the
 * permissions of every Qt module, INTERNET included); a camera feature that is required;
 * allowBackup or fullBackupContent other than "false"; dataExtractionRules other than
 * @xml/data_extraction_rules; a launcher activity other than nl.samen.app.SamenActivity;
 * version code or name not left to CMake (androiddeployqt's placeholders).
 */
[[nodiscard]] QStringList manifestProblems(const QByteArray &xml);

/**
 * Problems of res/xml/data_extraction_rules.xml: both <cloud-backup> and <device-transfer> must
 * exist, hold no <include>, and exclude the whole of every storage domain (path ".").
 */
[[nodiscard]] QStringList extractionRulesProblems(const QByteArray &xml);

/**
 * Problems of the per-language strings under @p resDir (the package's res/): for English
 * (values), Arabic (values-ar), Tigrinya (values-ti), Dari (values-fa-rAF) and Dutch
 * (values-nl), strings.xml must exist with samen_app_name "Samen" and a samen_app_description
 * that is translated: not the English text, and written in the language's script.
 */
[[nodiscard]] QStringList stringsProblems(const QString &resDir);

/**
 * Problems of SamenActivity.java: it must extend QtActivity and, in onCreate, set
 * WindowManager.LayoutParams.FLAG_SECURE before calling super.onCreate (comments ignored).
 */
[[nodiscard]] QStringList flagSecureProblems(const QString &javaSource);

/**
 * Problems of the package's build.gradle: a resConfig / resConfigs line (Qt's template has
 * resConfig "en", which drops every translated resource from the APK).
 */
[[nodiscard]] QStringList gradleProblems(const QString &gradleSource);

/**
 * Problems of a Linux build's compile_commands.json: any compiled file of app/ or core/ that is
 * Android-only (a path component "android", or "jni" in the file name).
 */
[[nodiscard]] QStringList linuxBuildProblems(const QByteArray &compileCommandsJson, const QString &sourceDir);

/** @p source with Java/C-style comments removed (string literals are left alone). */
[[nodiscard]] QString withoutComments(const QString &source);

} // namespace androidcheck
