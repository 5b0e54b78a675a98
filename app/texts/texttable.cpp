#include "texts/texttable.h"

#include <QCoreApplication>

namespace samen::texts {

TextTable::TextTable(const char *context, const TextEntry *entries, std::size_t count)
    : m_context(context)
{
    m_sources.reserve(qsizetype(count));
    m_keys.reserve(qsizetype(count));
    for (const TextEntry *entry = entries; entry != entries + count; ++entry) {
        m_keys.append(QString::fromLatin1(entry->key));
        m_sources.insert(m_keys.constLast(), entry->text);
    }
}

QString TextTable::text(const QString &key) const
{
    const char *text = source(key);
    return text ? QCoreApplication::translate(m_context, text) : QString();
}

} // namespace samen::texts
