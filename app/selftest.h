#pragma once

class QQmlApplicationEngine;

/**
 * The --self-test run: every warning or error Qt reports while the whole UI loads is counted;
 * after the first frame "first-frame-ms: N" is printed, then every page is shown once. A process
 * that can still dump core (main() did not call forbidCoreDumps()) fails too.
 */
namespace SelfTest {

/** Starts counting warnings; call before the engine is created. */
void startWatchingMessages();

/** Waits for the first frame, visits every page and returns the process exit code. */
[[nodiscard]] int run(QQmlApplicationEngine &engine);

/**
 * The --first-frame run (start-up benchmark): waits for the first frame of the page the app
 * starts on, prints "first-frame-ms: N" and returns the exit code (1 without a frame).
 */
[[nodiscard]] int firstFrame(QQmlApplicationEngine &engine);

} // namespace SelfTest
