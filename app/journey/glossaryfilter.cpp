#include "journey/glossaryfilter.h"

GlossaryFilter::GlossaryFilter(GlossaryModel *glossary, QObject *parent)
    : GlossaryModel(parent)
    , m_glossary(glossary)
{
    if (m_glossary) {
        connect(m_glossary, &QAbstractItemModel::modelReset, this, &GlossaryFilter::filter);
        connect(m_glossary, &QAbstractItemModel::dataChanged, this, &GlossaryFilter::filter);
    }
    filter();
}

void GlossaryFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_folded = folded(text.simplified());
    filter();
    Q_EMIT textChanged();
}

QString GlossaryFilter::folded(const QString &text)
{
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining)
            out += c;
    }
    return out;
}

bool GlossaryFilter::matches(const GlossaryRow &row) const
{
    return m_folded.isEmpty() || folded(row.term).contains(m_folded) ||
        folded(row.explanation).contains(m_folded);
}

void GlossaryFilter::filter()
{
    QList<GlossaryRow> shown;
    if (m_glossary) {
        for (const GlossaryRow &row : m_glossary->rows()) {
            if (matches(row))
                shown.append(row);
        }
    }
    const int before = rowCount();
    setRows(shown);
    if (rowCount() != before)
        Q_EMIT countChanged();
}
