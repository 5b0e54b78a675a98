#include "timelinetexts.h"

#include <QCoreApplication>

namespace TimelineTexts {
namespace {

constexpr const char *context = "TimelineTexts";

struct Entry
{
    const char *id;
    const char *text;
};

constexpr Entry stageNames[] = {
    { "applicationFiled", QT_TRANSLATE_NOOP("TimelineTexts", "Application sent") },
    { "moreQuestions", QT_TRANSLATE_NOOP("TimelineTexts", "IND asks for more (DNA test or interview)") },
    { "granted", QT_TRANSLATE_NOOP("TimelineTexts", "Yes from the IND") },
    { "refused", QT_TRANSLATE_NOOP("TimelineTexts", "No from the IND") },
    { "mvvIssued", QT_TRANSLATE_NOOP("TimelineTexts", "Visa (mvv) ready") },
    { "travelled", QT_TRANSLATE_NOOP("TimelineTexts", "Travelled") },
    { "arrived", QT_TRANSLATE_NOOP("TimelineTexts", "Arrived in the Netherlands") },
    { "zevenaarAppointment", QT_TRANSLATE_NOOP("TimelineTexts", "Appointment at the IND in Zevenaar") },
    { "registered", QT_TRANSLATE_NOOP("TimelineTexts", "Registered at the town hall") },
};

constexpr Entry stageExplanations[] = {
    { "applicationFiled",
      QT_TRANSLATE_NOOP("TimelineTexts", "You sent the application for your family to the IND.") },
    { "moreQuestions",
      QT_TRANSLATE_NOOP("TimelineTexts", "The IND wants more papers, a DNA test or an interview.") },
    { "granted", QT_TRANSLATE_NOOP("TimelineTexts", "The IND says yes. Your family may come.") },
    { "refused", QT_TRANSLATE_NOOP("TimelineTexts", "The IND says no. You can object to this.") },
    { "mvvIssued", QT_TRANSLATE_NOOP("TimelineTexts", "Your family has the visa (mvv) from the embassy.") },
    { "travelled", QT_TRANSLATE_NOOP("TimelineTexts", "Your family is on the way.") },
    { "arrived", QT_TRANSLATE_NOOP("TimelineTexts", "Your family is in the Netherlands.") },
    { "zevenaarAppointment",
      QT_TRANSLATE_NOOP("TimelineTexts", "Your family goes to the IND in Zevenaar for their papers.") },
    { "registered", QT_TRANSLATE_NOOP("TimelineTexts", "Your family is registered at the town hall (BRP).") },
};

constexpr Entry deadlineTitles[] = {
    { "window", QT_TRANSLATE_NOOP("TimelineTexts", "Apply for your family") },
    { "decision", QT_TRANSLATE_NOOP("TimelineTexts", "The IND decides") },
    { "objection", QT_TRANSLATE_NOOP("TimelineTexts", "Object to the no") },
    { "mvvCollection", QT_TRANSLATE_NOOP("TimelineTexts", "Collect the visa (mvv)") },
    { "travel", QT_TRANSLATE_NOOP("TimelineTexts", "Travel to the Netherlands") },
    { "gpVisit", QT_TRANSLATE_NOOP("TimelineTexts", "First visit to the doctor (GP)") },
    { "bStatusWait", QT_TRANSLATE_NOOP("TimelineTexts", "The waiting time ends") },
    { "letter", QT_TRANSLATE_NOOP("TimelineTexts", "Answer the IND letter") },
};

constexpr Entry deadlineExplanations[] = {
    { "window",
      QT_TRANSLATE_NOOP("TimelineTexts", "Apply within 3 months after the date on your IND letter.") },
    { "decision",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "The IND must decide within 90 days. It may take 3 months more. If your IND "
                        "letter gives a date, use that date.") },
    { "objection",
      QT_TRANSLATE_NOOP(
          "TimelineTexts",
          "You have 4 weeks to object to a no. Talk to a lawyer or VluchtelingenWerk quickly.") },
    { "mvvCollection",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Your family must collect the visa at the embassy within 3 months.") },
    { "travel",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "The visa is valid for 90 days. Your family must come before it ends.") },
    { "gpVisit",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Visit a doctor (GP) within 2 weeks. Then an interpreter is free.") },
    { "bStatusWait",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "With subsidiary protection you wait 2 years. From this day you may apply.") },
    { "letter", QT_TRANSLATE_NOOP("TimelineTexts", "A date from a letter of the IND.") },
};

constexpr Entry nextSteps[] = {
    { "", QT_TRANSLATE_NOOP("TimelineTexts", "Send the application for your family before the deadline.") },
    { "applicationFiled",
      QT_TRANSLATE_NOOP("TimelineTexts", "Wait for the IND. Answer every IND letter in time.") },
    { "moreQuestions",
      QT_TRANSLATE_NOOP("TimelineTexts", "Do what the IND asks, before the date in the letter.") },
    { "granted", QT_TRANSLATE_NOOP("TimelineTexts", "Your family collects the visa (mvv) at the embassy.") },
    { "refused", QT_TRANSLATE_NOOP("TimelineTexts", "Object within 4 weeks. Ask a lawyer for help.") },
    { "mvvIssued",
      QT_TRANSLATE_NOOP("TimelineTexts", "Book the journey. Your family must travel within 90 days.") },
    { "travelled", QT_TRANSLATE_NOOP("TimelineTexts", "Make an appointment with the IND in Zevenaar.") },
    { "arrived",
      QT_TRANSLATE_NOOP("TimelineTexts", "Go to the IND in Zevenaar and visit a doctor within 2 weeks.") },
    { "zevenaarAppointment", QT_TRANSLATE_NOOP("TimelineTexts", "Register your family at the town hall.") },
    { "registered", QT_TRANSLATE_NOOP("TimelineTexts", "All steps are done. Welcome!") },
};

template<size_t N> QString lookup(const Entry (&table)[N], const QString &id)
{
    for (const Entry &entry : table) {
        if (id == QLatin1String(entry.id))
            return QCoreApplication::translate(context, entry.text);
    }
    return QString();
}

} // namespace

QString stageName(const QString &stageId)
{
    return lookup(stageNames, stageId);
}

QString stageExplanation(const QString &stageId)
{
    return lookup(stageExplanations, stageId);
}

QString deadlineTitle(const QString &ruleId)
{
    return lookup(deadlineTitles, ruleId);
}

QString deadlineExplanation(const QString &ruleId)
{
    return lookup(deadlineExplanations, ruleId);
}

QString countdown(int daysLeft)
{
    if (daysLeft == 0)
        return QCoreApplication::translate("TimelineTexts", "Today is the last day");
    if (daysLeft < 0)
        return QCoreApplication::translate("TimelineTexts", "Passed %Ln days ago", nullptr, -daysLeft);
    return QCoreApplication::translate("TimelineTexts", "%Ln days left", nullptr, daysLeft);
}

QString nextStep(const QString &lastStageId)
{
    return lookup(nextSteps, lastStageId);
}

QStringList knownIds()
{
    QStringList ids;
    for (const Entry &entry : stageNames)
        ids << QString::fromLatin1(entry.id);
    for (const Entry &entry : deadlineTitles)
        ids << QString::fromLatin1(entry.id);
    return ids;
}

} // namespace TimelineTexts
