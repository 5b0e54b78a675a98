#include "texts/timelinetexts.h"

#include "texts/texttable.h"

#include <QCoreApplication>

namespace TimelineTexts {
namespace {

using samen::texts::TextEntry;
using samen::texts::TextTable;

constexpr char context[] = "TimelineTexts";

constexpr TextEntry stageNames[] = {
    { "applicationFiled", QT_TRANSLATE_NOOP("TimelineTexts", "Application sent") },
    { "moreQuestions", QT_TRANSLATE_NOOP("TimelineTexts", "IND asks for more (DNA test or interview)") },
    { "granted", QT_TRANSLATE_NOOP("TimelineTexts", "Yes from the IND") },
    { "refused", QT_TRANSLATE_NOOP("TimelineTexts", "No from the IND") },
    { "objectionFiled", QT_TRANSLATE_NOOP("TimelineTexts", "Objection sent (bezwaar)") },
    { "objectionDecided", QT_TRANSLATE_NOOP("TimelineTexts", "IND decided on the objection") },
    { "embassyAppointment",
      QT_TRANSLATE_NOOP("TimelineTexts", "Appointment at the embassy for the visa (mvv)") },
    { "mvvIssued", QT_TRANSLATE_NOOP("TimelineTexts", "Visa (mvv) ready") },
    { "ticketBooked", QT_TRANSLATE_NOOP("TimelineTexts", "Ticket booked") },
    { "travelled", QT_TRANSLATE_NOOP("TimelineTexts", "Travelled") },
    { "arrived", QT_TRANSLATE_NOOP("TimelineTexts", "Arrived in the Netherlands") },
    { "zevenaarAppointment", QT_TRANSLATE_NOOP("TimelineTexts", "Appointment at the IND in Zevenaar") },
    { "registered", QT_TRANSLATE_NOOP("TimelineTexts", "Registered at the town hall") },
    { "tbcScreening", QT_TRANSLATE_NOOP("TimelineTexts", "TB check at the GGD") },
    { "gpVisited", QT_TRANSLATE_NOOP("TimelineTexts", "First visit to the doctor (GP)") },
};

constexpr TextEntry stageExplanations[] = {
    { "applicationFiled",
      QT_TRANSLATE_NOOP("TimelineTexts", "You sent the application for your family to the IND.") },
    { "moreQuestions",
      QT_TRANSLATE_NOOP("TimelineTexts", "The IND wants more papers, a DNA test or an interview.") },
    { "granted", QT_TRANSLATE_NOOP("TimelineTexts", "The IND says yes. Your family may come.") },
    { "refused", QT_TRANSLATE_NOOP("TimelineTexts", "The IND says no. You can object to this.") },
    { "objectionFiled",
      QT_TRANSLATE_NOOP("TimelineTexts", "You sent an objection (bezwaar) against the no of the IND.") },
    { "objectionDecided",
      QT_TRANSLATE_NOOP("TimelineTexts", "The IND sent its decision on your objection.") },
    { "embassyAppointment",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Your family has an appointment at the Dutch embassy. There the visa (mvv) is put in "
                        "the passport.") },
    { "mvvIssued", QT_TRANSLATE_NOOP("TimelineTexts", "Your family has the visa (mvv) from the embassy.") },
    { "ticketBooked",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "The ticket is booked. Now book the appointment with the IND in Zevenaar.") },
    { "travelled", QT_TRANSLATE_NOOP("TimelineTexts", "Your family is on the way.") },
    { "arrived", QT_TRANSLATE_NOOP("TimelineTexts", "Your family is in the Netherlands.") },
    { "zevenaarAppointment",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Your family reported to the IND in Zevenaar and got their residence permit.") },
    { "registered", QT_TRANSLATE_NOOP("TimelineTexts", "Your family is registered at the town hall (BRP).") },
    { "tbcScreening",
      QT_TRANSLATE_NOOP("TimelineTexts", "Your family had the check for tuberculosis (TB) at the GGD.") },
    { "gpVisited", QT_TRANSLATE_NOOP("TimelineTexts", "Your family visited a doctor (GP).") },
};

constexpr TextEntry deadlineTitles[] = {
    { "window", QT_TRANSLATE_NOOP("TimelineTexts", "Apply for your family") },
    { "decision", QT_TRANSLATE_NOOP("TimelineTexts", "The IND decides") },
    { "objection", QT_TRANSLATE_NOOP("TimelineTexts", "Object to the no") },
    { "objectionDecision", QT_TRANSLATE_NOOP("TimelineTexts", "The IND decides on the objection") },
    { "appeal", QT_TRANSLATE_NOOP("TimelineTexts", "Go to court (appeal)") },
    { "mvvCollection", QT_TRANSLATE_NOOP("TimelineTexts", "Collect the visa (mvv)") },
    { "travel", QT_TRANSLATE_NOOP("TimelineTexts", "Travel to the Netherlands") },
    { "indAppointment", QT_TRANSLATE_NOOP("TimelineTexts", "Report to the IND in Zevenaar") },
    { "gpVisit", QT_TRANSLATE_NOOP("TimelineTexts", "First visit to the doctor (GP)") },
    { "bStatusWait", QT_TRANSLATE_NOOP("TimelineTexts", "The waiting time ends") },
    { "letter", QT_TRANSLATE_NOOP("TimelineTexts", "Answer the IND letter") },
};

constexpr TextEntry deadlineExplanations[] = {
    { "window",
      QT_TRANSLATE_NOOP("TimelineTexts", "Apply within 3 months after the date on your IND letter.") },
    { "decision",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "The IND must decide within 3 months. It may take 3 months more. If your IND "
                        "letter gives a date, use that date.") },
    { "objection",
      QT_TRANSLATE_NOOP(
          "TimelineTexts",
          "You have 4 weeks to object to a no. Talk to a lawyer or VluchtelingenWerk quickly.") },
    { "objectionDecision",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "The IND must decide on your objection within 19 weeks. It may take 6 weeks "
                        "more.") },
    { "appeal",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Is the answer to your objection still no? You have 4 weeks to go to court "
                        "(beroep). A lawyer does this for you.") },
    { "mvvCollection",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Your family must collect the visa at the embassy within 3 months.") },
    { "travel",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "The visa is valid for 90 days. Your family must come before it ends.") },
    { "indAppointment",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Your family must report to the IND in Zevenaar within 3 days after arriving, "
                        "while the visa is still valid.") },
    { "gpVisit",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Visit a doctor (GP) within 2 weeks. Then an interpreter is free.") },
    { "bStatusWait",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "With subsidiary protection you wait about 2 years. It is not yet sure from "
                        "which day they count: check the date with a lawyer.") },
    { "letter", QT_TRANSLATE_NOOP("TimelineTexts", "A date from a letter of the IND.") },
};

constexpr TextEntry nextSteps[] = {
    { "", QT_TRANSLATE_NOOP("TimelineTexts", "Send the application for your family before the deadline.") },
    { "applicationFiled",
      QT_TRANSLATE_NOOP("TimelineTexts", "Wait for the IND. Answer every IND letter in time.") },
    { "moreQuestions",
      QT_TRANSLATE_NOOP("TimelineTexts", "Do what the IND asks, before the date in the letter.") },
    { "granted", QT_TRANSLATE_NOOP("TimelineTexts", "Your family collects the visa (mvv) at the embassy.") },
    { "refused", QT_TRANSLATE_NOOP("TimelineTexts", "Object within 4 weeks. Ask a lawyer for help.") },
    { "objectionFiled",
      QT_TRANSLATE_NOOP("TimelineTexts", "Wait for the IND. Answer every IND letter in time.") },
    { "objectionDecided",
      QT_TRANSLATE_NOOP("TimelineTexts", "Still a no? Go to court within 4 weeks. Ask your lawyer now.") },
    { "embassyAppointment",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Bring the passports and the papers the embassy asks for. The visa (mvv) must be "
                        "collected within 3 months after the yes.") },
    { "mvvIssued",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Book the ticket. Your family must travel within 90 days. As soon as the ticket "
                        "is booked, book the appointment with the IND in Zevenaar.") },
    { "ticketBooked",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Book the appointment with the IND in Zevenaar now, for within 3 days after "
                        "arrival.") },
    { "travelled",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "After arriving, your family must report to the IND in Zevenaar within 3 "
                        "days.") },
    { "arrived",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Report to the IND in Zevenaar within 3 days. Visit a doctor within 2 "
                        "weeks.") },
    { "zevenaarAppointment",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "Register your family at the town hall (BRP) and make the TB check at the "
                        "GGD.") },
    { "registered",
      QT_TRANSLATE_NOOP("TimelineTexts", "Make the TB check at the GGD and visit a doctor (GP).") },
    { "tbcScreening",
      QT_TRANSLATE_NOOP("TimelineTexts", "Visit a doctor (GP) within 2 weeks after arrival.") },
    { "gpVisited",
      QT_TRANSLATE_NOOP("TimelineTexts",
                        "All steps are done. Welcome! Remember: your family's permit depends on yours, "
                        "and you must live together. Tell the IND if that changes.") },
};

template<const auto &Entries> QString lookup(const QString &key)
{
    return TextTable::of<context, Entries>().text(key);
}

} // namespace

QString stageName(const QString &stageId)
{
    return lookup<stageNames>(stageId);
}

QString stageExplanation(const QString &stageId)
{
    return lookup<stageExplanations>(stageId);
}

QString deadlineTitle(const QString &ruleId)
{
    return lookup<deadlineTitles>(ruleId);
}

QString deadlineExplanation(const QString &ruleId)
{
    return lookup<deadlineExplanations>(ruleId);
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
    return lookup<nextSteps>(lastStageId);
}

QStringList knownIds()
{
    QStringList ids;
    ids << TextTable::of<context, stageNames>().keys();
    ids << TextTable::of<context, deadlineTitles>().keys();
    return ids;
}

} // namespace TimelineTexts
