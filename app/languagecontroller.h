#pragma once

#include "publishedsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

#include <memory>

/**
 * The user interface language: which one is active, the list to choose from, and switching
 * at run time without a restart (translator swap, layout direction, retranslate).
 *
 * The chosen code is the only thing kept outside the encrypted store: the app needs it
 * before the vault is unlocked.
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

public:
    explicit LanguageController(QObject *parent);
    ~LanguageController() override;

    /** The engine to retranslate when the language changes; may be null. */
    void setEngine(QQmlEngine *engine);

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] bool isChosen() const { return m_chosen; }
    [[nodiscard]] bool isRightToLeft() const;
    [[nodiscard]] QVariantList languages() const;

    /** The user picked @p code: apply it and remember the choice. Unknown codes are ignored. */
    Q_INVOKABLE void choose(const QString &code);

    /** Applies @p code for this run only (command line, tests). Returns false for an unknown code. */
    bool apply(const QString &code);

    /** The language remembered from an earlier run, else the best fit for the system locale. */
    [[nodiscard]] static QString initialLanguage();

Q_SIGNALS:
    void languageChanged();
    void chosenChanged();

private:
    void installTranslator(const QString &code);

    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
    bool m_chosen = false;
};
