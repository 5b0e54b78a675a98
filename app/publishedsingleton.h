#pragma once

#include <QJSEngine>
#include <QQmlEngine>

#include <type_traits>

/**
 * Publishes an object built in main() to QML as a QML_SINGLETON.
 *
 * The service is constructed on main()'s stack (or a test's), handed over with publish()
 * before the engine loads any QML, and the engine's static create() call returns it with
 * C++ ownership, so QML never owns or deletes it.
 *
 * Qt 6.4 ignores create() for a default-constructible type and builds a second instance of its
 * own, so a Service must have no default constructor (publish() checks this at compile time).
 * A Service must not declare a member named "create" either: it would hide this factory and
 * QML would see the singleton as undefined (publish() checks this too).
 */
template<typename Service> class PublishedSingleton
{
public:
    /** Makes @p service the instance QML receives; nullptr withdraws it. */
    static void publish(Service *service)
    {
        static_assert(!std::is_default_constructible_v<Service>,
                      "Qt 6.4 would construct its own instance instead of calling create()");
        static_assert(std::is_same_v<decltype(Service::create(nullptr, nullptr)), Service *>,
                      "a member named create() hides the QML singleton factory");
        s_service = service;
    }

    /** Called by the QML engine; returns the published instance. */
    static Service *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_service, "PublishedSingleton", "publish() the service before loading QML");
        QJSEngine::setObjectOwnership(s_service, QJSEngine::CppOwnership);
        return s_service;
    }

    /** The published instance (nullptr before publish()), for page-scoped view objects. */
    static Service *published() { return s_service; }

private:
    static inline Service *s_service = nullptr;
};
