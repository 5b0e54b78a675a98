#pragma once

#include <QList>
#include <QString>

namespace samen::kit {

/** One line of the kit: what it is and its value (a name, a date, a paper, an explanation). */
struct KitItem
{
    /** What the line is, e.g. "Name"; empty for a line that is only a value (a paper, a text). */
    QString label;
    /** The value, in the member's language; names as the user typed them. */
    QString value;

    friend bool operator==(const KitItem &a, const KitItem &b)
    {
        return a.label == b.label && a.value == b.value;
    }
};

/** One part of the kit under a heading ("Dates to keep"). */
struct KitSection
{
    /** The heading. */
    QString heading;
    /** Its lines, in order. */
    QList<KitItem> items;
};

/**
 * The kit for one family member abroad, in the language they read: their name, what to bring to
 * the embassy, the dates to keep, what the DNA test or interview is. Holds nothing of anyone
 * else. The preview on screen and the PDF show exactly these words.
 */
struct Kit
{
    /** The language the kit is written in ("ar", "ti", "fa_AF", "nl", "en"). */
    QString language;
    /** True for Arabic and Dari. */
    bool rightToLeft = false;
    /** The member's name as the kit shows it: own script, else Latin letters, else the relation. */
    QString name;
    /** "For <name>", the heading of the page. */
    QString title;
    /** What the page is, under the title. */
    QString subtitle;
    /** The parts, in order. */
    QList<KitSection> sections;
    /** The last line: when it was made, and to check dates in the letters. */
    QString footer;

    /** True when there is no member to make a kit for. */
    [[nodiscard]] bool isEmpty() const { return title.isEmpty(); }
};

} // namespace samen::kit
