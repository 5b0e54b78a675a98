#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace samen::texts {

/** One entry of a text table: a key and its English source text, marked with QT_TRANSLATE_NOOP. */
struct TextEntry
{
    const char *key;
    const char *text;
};

/**
 * The English source texts of one translation context by key, for the *Texts lookups: built once
 * from a constexpr TextEntry array (of() builds it on first use), looked up by hash. The arrays
 * keep the source texts marked for lupdate; text() translates them in the app's current language.
 */
class TextTable
{
public:
    /** A table of @p entries in translation context @p context (both must outlive the table). */
    template<std::size_t N>
    TextTable(const char *context, const TextEntry (&entries)[N])
        : TextTable(context, entries, N)
    { }
    TextTable(const char *context, const TextEntry *entries, std::size_t count);

    /** The table of @p Entries in translation context @p Context, built on first use. */
    template<const char *Context, const auto &Entries> [[nodiscard]] static const TextTable &of()
    {
        static const TextTable table(Context, Entries);
        return table;
    }

    /** The English source text of @p key; nullptr if the table has none. */
    [[nodiscard]] const char *source(const QString &key) const { return m_sources.value(key); }
    /** The text of @p key in the app's current language; empty if the table has none. */
    [[nodiscard]] QString text(const QString &key) const;
    /** The keys, in table order. */
    [[nodiscard]] const QStringList &keys() const { return m_keys; }

private:
    const char *m_context;
    QHash<QString, const char *> m_sources;
    QStringList m_keys;
};

} // namespace samen::texts
