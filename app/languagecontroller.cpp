#include "languagecontroller.h"

#include "locale/languages.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace {
const auto languageKey = QStringLiteral("ui/language");
}

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
    , m_chosen(QSettings().contains(languageKey))
{ }

LanguageController::~LanguageController()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

void LanguageController::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

bool LanguageController::isRightToLeft() const
{
    return samen::locale::languageFor(m_language).direction == Qt::RightToLeft;
}

QVariantList LanguageController::languages() const
{
    QVariantList list;
    for (const auto &language : samen::locale::supportedLanguages()) {
        list.append(QVariantMap { { QStringLiteral("code"), language.code },
                                  { QStringLiteral("nativeName"), language.nativeName },
                                  { QStringLiteral("rightToLeft"), language.direction == Qt::RightToLeft } });
    }
    return list;
}

void LanguageController::choose(const QString &code)
{
    if (!apply(code))
        return;
    QSettings().setValue(languageKey, code);
    if (!m_chosen) {
        m_chosen = true;
        Q_EMIT chosenChanged();
    }
}

bool LanguageController::apply(const QString &code)
{
    if (!samen::locale::isSupported(code))
        return false;
    if (code == m_language)
        return true;
    installTranslator(code);
    m_language = code;
    QLocale::setDefault(QLocale(code));
    QGuiApplication::setLayoutDirection(samen::locale::languageFor(code).direction);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    return true;
}

QString LanguageController::initialLanguage()
{
    const QString remembered = QSettings().value(languageKey).toString();
    if (samen::locale::isSupported(remembered))
        return remembered;
    return samen::locale::bestLanguageFor(QLocale::system().uiLanguages());
}

void LanguageController::installTranslator(const QString &code)
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/samen_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else {
        m_translator.reset();
        qWarning("Samen: no translation file for the selected language");
    }
}
