#pragma once

#include "publishedsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

#include <memory>

namespace samen::locale {
class DateFormatter;
}

/**
 * The user interface language: which one is active, the list to choose from, and switching
 * at run time without a restart (translator swap, layout direction, retranslate).
 *
 * Also how dates are written and entered: for Tigrinya, whether the Ethiopian calendar is shown
 * after Gregorian, and per language the calendar the user last entered a date in.
 *
 * The language code and these two date choices are the only things kept outside the encrypted
 * store: the app needs them before the vault is unlocked, and they say nothing the language
 * does not already say.
 */
class LanguageController : public QObject, public PublishedSingleton<LanguageController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** Code of the active language, e.g. "fa_AF". */
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    /** True once the user has picked a language (the first-run chooser is then skipped). */
    Q_PROPERTY(bool chosen READ isChosen NOTIFY chosenChanged)
    /** True when the active language is written right to left. */
    Q_PROPERTY(bool rightToLeft READ isRightToLeft NOTIFY languageChanged)
    /** The languages to choose from: maps with code, nativeName and rightToLeft. */
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    /** True when the active language offers the Ethiopian calendar as a choice (Tigrinya). */
    Q_PROPERTY(bool offersEthiopianCalendar READ offersEthiopianCalendar NOTIFY languageChanged)
    /** For Tigrinya: show every date also in the Ethiopian calendar, after Gregorian. Off by default. */
    Q_PROPERTY(bool ethiopianCalendar READ ethiopianCalendar WRITE setEthiopianCalendar NOTIFY datesChanged)
    /** Date pickers start in Gregorian (else in the language's own calendar): the last one used. */
    Q_PROPERTY(
        bool enterInGregorian READ enterInGregorian WRITE setEnterInGregorian NOTIFY entryCalendarChanged)

public:
    explicit LanguageController(QObject *parent);
    ~LanguageController() override;

    /** The engine to retranslate when the language changes; may be null. */
    void setEngine(QQmlEngine *engine);

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] bool isChosen() const { return m_chosen; }
    [[nodiscard]] bool isRightToLeft() const;
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] bool offersEthiopianCalendar() const;
    [[nodiscard]] bool ethiopianCalendar() const { return m_ethiopian; }
    void setEthiopianCalendar(bool shown);
    [[nodiscard]] bool enterInGregorian() const;
    void setEnterInGregorian(bool gregorian);
    /** @p text isolated for use inside a sentence (samen::locale::isolated()). */
    Q_INVOKABLE [[nodiscard]] QString isolate(const QString &text) const;
    /**
     * @p text with its digits 0–9 written in the active language's digits (Arabic-Indic for
     * Arabic, Persian for Dari), so that one text uses one digit system, e.g. a PIN in a sentence.
     */
    Q_INVOKABLE [[nodiscard]] QString inOwnDigits(const QString &text) const;
    /** Writes dates in the active language, with the second calendar the user reads. */
    [[nodiscard]] const samen::locale::DateFormatter &dates() const;

    /** The user picked @p code: apply it and remember the choice. Unknown codes are ignored. */
    Q_INVOKABLE void choose(const QString &code);

    /**
     * Forgets that the user chose a language (after an erase: the next start, like the first,
     * asks). The language on screen stays for this run.
     */
    void forgetChoice();

    /** Applies @p code for this run only (command line, tests). Returns false for an unknown code. */
    bool apply(const QString &code);

    /** The language remembered from an earlier run, else the best fit for the system locale. */
    [[nodiscard]] static QString initialLanguage();

Q_SIGNALS:
    void languageChanged();
    void chosenChanged();
    /** The way dates are written or entered changed (not the language). */
    void datesChanged();
    /** Date pickers start in the other calendar now. */
    void entryCalendarChanged();

private:
    void installTranslator(const QString &code);

    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
    bool m_chosen = false;
    bool m_ethiopian = false;
};
