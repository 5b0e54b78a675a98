#include "languagecontroller.h"

#include "locale/dateformatter.h"
#include "locale/languages.h"
#include "locale/numberformatter.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace {
const auto languageKey = QStringLiteral("ui/language");
const auto ethiopianKey = QStringLiteral("dates/ethiopianCalendar");

QString entryKey(const QString &language)
{
    return QStringLiteral("dates/enterInGregorian/") + language;
}
} // namespace

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
    , m_chosen(QSettings().contains(languageKey))
    , m_ethiopian(QSettings().value(ethiopianKey, false).toBool())
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

bool LanguageController::offersEthiopianCalendar() const
{
    return samen::locale::calendarFor(m_language) == samen::locale::CalendarSystem::Ethiopic;
}

void LanguageController::setEthiopianCalendar(bool shown)
{
    if (shown == m_ethiopian)
        return;
    m_ethiopian = shown;
    QSettings().setValue(ethiopianKey, shown);
    Q_EMIT datesChanged();
}

bool LanguageController::enterInGregorian() const
{
    // Dari birth dates are written in the solar year (tazkira); everyone else starts in Gregorian.
    const bool byDefault =
        samen::locale::secondCalendarFor(m_language, m_ethiopian) != samen::locale::CalendarSystem::Persian;
    return QSettings().value(entryKey(m_language), byDefault).toBool();
}

void LanguageController::setEnterInGregorian(bool gregorian)
{
    if (gregorian == enterInGregorian())
        return;
    QSettings().setValue(entryKey(m_language), gregorian);
    Q_EMIT entryCalendarChanged();
}

QString LanguageController::isolate(const QString &text) const
{
    return samen::locale::isolated(text);
}

const samen::locale::DateFormatter &LanguageController::dates() const
{
    return samen::locale::DateFormatter::forLanguage(m_language.isEmpty() ? QStringLiteral("en") : m_language,
                                                     m_ethiopian);
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

QString LanguageController::inOwnDigits(const QString &text) const
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return text; // no number formatter made for a text without digits (the first frame's banner)
    const auto &numbers =
        samen::locale::NumberFormatter::forLanguage(m_language.isEmpty() ? QStringLiteral("en") : m_language);
    QString written;
    written.reserve(text.size());
    for (const QChar c : text)
        written += c >= u'0' && c <= u'9' ? numbers.formatDigits(c.unicode() - u'0') : QString(c);
    return written;
}

void LanguageController::forgetChoice()
{
    if (!m_chosen)
        return;
    m_chosen = false;
    Q_EMIT chosenChanged();
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
    Q_EMIT entryCalendarChanged();
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
