#include "appsetup.h"
#include "languagecontroller.h"
#include "staticplugins.h"

#include <QQmlEngine>
#include <QtQuickTest>

#include <memory>

// Gives the QML tests the same services and import paths as the app.
class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        AppSetup::configureApplication();
        AppSetup::chooseGraphicsBackend();
        m_languages = std::make_unique<LanguageController>(nullptr);
        LanguageController::publish(m_languages.get());
        m_languages->apply(QStringLiteral("en"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        AppSetup::addImportPaths(*engine);
        m_languages->setEngine(engine);
    }

    void cleanupTestCase()
    {
        m_languages->setEngine(nullptr);
    }

private:
    std::unique_ptr<LanguageController> m_languages;
};

QUICK_TEST_MAIN_WITH_SETUP(samen_qml, Setup)
#include "tst_qml.moc"
