#include "letters/readingtexts.h"

#include "letters/letterreading.h" // core
#include "locale/dateformatter.h"

namespace letters = samen::letters;

namespace {

FoundDateRow dateRow(const std::optional<letters::FoundDate> &found,
                     const samen::locale::DateFormatter &dates)
{
    if (!found || !found->date.isValid())
        return {};
    return { found->date.toString(Qt::ISODate), dates.formatGregorian(found->date),
             found->words.simplified() };
}

} // namespace

LetterReadingRow ReadingTexts::row(const letters::LetterReading &reading, const QStringList &candidates,
                                   const samen::locale::DateFormatter &dates)
{
    LetterReadingRow row;
    row.looksLikeIndLetter = reading.looksLikeIndLetter;
    row.letterId = reading.packLetterId;
    row.candidates = candidates;
    row.letterDate = dateRow(reading.letterDate, dates);
    row.answerBy = dateRow(reading.answerBy, dates);
    row.decisionBy = dateRow(reading.decisionBy, dates);
    row.vNumber = reading.vNumber;
    row.sure = letters::isSure(reading);
    for (const QString &code : reading.doubts) {
        const QString text = doubt(code);
        if (!text.isEmpty() && !row.doubts.contains(text))
            row.doubts.append(text);
    }
    return row;
}

QString ReadingTexts::error(const QString &code)
{
    if (code == u"empty")
        return tr("This file is empty. Choose another photo or file of the letter.");
    if (code == u"tooLarge")
        return tr(
            "This file is too large to read. Take a new photo of the letter, or choose a smaller file.");
    if (code == u"unknownType")
        return tr("Samen can read photos (JPEG, PNG) and PDF files. Choose a photo or a PDF of the letter.");
    if (code == u"tooManyPages")
        return tr("This PDF has too many pages to be one letter. Choose the PDF of one letter.");
    if (code == u"noEngine")
        return tr("The letter reader is missing from this installation of Samen. Choose the letter from the "
                  "list yourself.");
    return tr("This file cannot be read. Take a new photo of the letter, or choose another file.");
}

QString ReadingTexts::doubt(const QString &code)
{
    if (code == u"noKind" || code == u"notLikeIndLetter")
        return tr("Samen could not find which letter this is.");
    if (code == u"twoKinds")
        return tr("The letter has words of two kinds of letters.");
    if (code == u"objectionOutcomeUnclear")
        return tr("Samen could not read whether the objection was accepted or not.");
    if (code == u"noLetterDate")
        return tr("Samen did not find the date of the letter.");
    if (code == u"twoLetterDates" || code == u"severalAnswerDates" || code == u"answerDatesDisagree")
        return tr("The letter has more than one date that could be meant.");
    if (code == u"letterDateFar" || code == u"letterDateOld")
        return tr("The date of the letter is long ago. Check that Samen read it right.");
    if (code == u"dateInFuture")
        return tr("The date of the letter is after today. Check that Samen read it right.");
    if (code == u"invalidDate" || code == u"dateUnclear")
        return tr("A date in the letter was hard to read.");
    if (code == u"noAnswerDate")
        return tr("Samen did not find by when you must answer.");
    if (code == u"noDecisionDate")
        return tr("Samen did not find the day by which the IND decides.");
    if (code == u"periodStartNotStated" || code == u"periodFromOtherDate")
        return tr("The letter gives a period, but Samen is not sure from which day it counts.");
    if (code == u"answerBeforeLetterDate" || code == u"decisionBeforeLetterDate")
        return tr("A date Samen read is before the date of the letter. Check it against the paper.");
    if (code == u"answerFarAway")
        return tr("The day to answer by is far away. Check that Samen read it right.");
    if (code == u"vNumberUnclear")
        return tr("The V-number was hard to read.");
    if (code == u"lowOcrConfidence")
        return tr("The photo was hard to read. A sharper photo in good light helps.");
    return tr("Samen is not sure about part of this letter.");
}
