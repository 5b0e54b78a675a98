#include "appsetup.h"
#include "languagecontroller.h"
#include "speech/readaloud.h"
#include "staticplugins.h"
#include "textsize.h"

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
        m_textSize = std::make_unique<TextSize>([] { return 1.0; }, nullptr);
        m_textSize->apply(100);
        TextSize::publish(m_textSize.get());
        // No engine: the speakers of the components under test are never tapped.
        m_readAloud = std::make_unique<ReadAloud>(*m_languages, nullptr, nullptr, nullptr);
        ReadAloud::publish(m_readAloud.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        AppSetup::addImportPaths(*engine);
        m_languages->setEngine(engine);
    }

    void cleanupTestCase() { m_languages->setEngine(nullptr); }

private:
    std::unique_ptr<LanguageController> m_languages;
    std::unique_ptr<TextSize> m_textSize;
    std::unique_ptr<ReadAloud> m_readAloud;
};

QUICK_TEST_MAIN_WITH_SETUP(samen_qml, Setup)
#include "tst_qml.moc"
