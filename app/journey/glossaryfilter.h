#pragma once

#include "journey/journeymodels.h"

#include <QPointer>
#include <QQmlEngine>
#include <QString>

/**
 * The glossary page's view of JourneyGuide.glossary: the terms whose Dutch words or explanation
 * contain what the user typed, ignoring case and accents ("beedigd" finds "beëdigd", Arabic
 * without its vowel marks finds the text with them), in the glossary's order. Created by the
 * page (JourneyGuide.newGlossaryFilter(page)), so the filter text is the page's own; it follows the glossary
 * when that is rewritten (another language).
 */
class GlossaryFilter : public GlossaryModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by JourneyGuide.newGlossaryFilter()")
    /** What the user typed; empty shows every term. */
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    /** The number of terms shown. */
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    /** A filter over @p glossary. */
    GlossaryFilter(GlossaryModel *glossary, QObject *parent);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] int count() const { return rowCount(); }

    /** @p text without case, accents and vowel marks, for comparing. */
    [[nodiscard]] static QString folded(const QString &text);

Q_SIGNALS:
    void textChanged();
    void countChanged();

private:
    void filter();
    [[nodiscard]] bool matches(const GlossaryRow &row) const;

    QPointer<GlossaryModel> m_glossary;
    QString m_text;
    QString m_folded;
};
