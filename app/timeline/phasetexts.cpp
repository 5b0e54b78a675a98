#include "timeline/phasetexts.h"

#include "locale/languages.h"
#include "texts/journeytexts.h"
#include "texts/timelinetexts.h"

#include <QCoreApplication>

using namespace samen;

namespace {

QString dateLine(const DeadlineRow &row)
{
    const QString date = row.otherDateText.isEmpty()
        ? row.dateText
        : QStringLiteral("%1 = %2").arg(row.dateText, row.otherDateText);
    return QStringLiteral("%1: %2 (%3)")
        .arg(locale::isolated(row.title), locale::isolated(date), row.countdown);
}

} // namespace

namespace PhaseTexts {

QString offset(const rules::DateOffset &offset)
{
    QStringList parts;
    if (offset.years > 0)
        parts << QCoreApplication::translate("PhaseTexts", "%Ln year(s)", nullptr, offset.years);
    if (offset.months > 0)
        parts << QCoreApplication::translate("PhaseTexts", "%Ln month(s)", nullptr, offset.months);
    if (offset.weeks > 0)
        parts << QCoreApplication::translate("PhaseTexts", "%Ln week(s)", nullptr, offset.weeks);
    if (offset.days > 0)
        parts << QCoreApplication::translate("PhaseTexts", "%Ln day(s)", nullptr, offset.days);
    return parts.join(QStringLiteral(", "));
}

QString duration(const rules::DurationSpec &spec)
{
    QString text = QCoreApplication::translate("PhaseTexts", "Usually up to %1.").arg(offset(spec.offset));
    if (spec.extension)
        text += QLatin1Char(' ') +
            QCoreApplication::translate("PhaseTexts", "It can take %1 longer.").arg(offset(*spec.extension));
    return text;
}

PhaseInfo info(const rules::RulePack &pack, const QString &phaseId, const QList<DeadlineRow> &deadlines)
{
    PhaseInfo info;
    const rules::PhaseSpec *phase = pack.journey.phase(phaseId);
    if (!phase) {
        info.title = QCoreApplication::translate("PhaseTexts", "Application not sent yet");
        info.now = TimelineTexts::nextStep(QString());
        return info;
    }
    info.id = phase->id;
    info.title = JourneyTexts::text(phase->titleKey);
    info.what = JourneyTexts::text(phase->whatKey);
    info.now = JourneyTexts::text(phase->nowKey);
    info.abroad = JourneyTexts::text(phase->abroadKey);
    if (phase->duration)
        info.duration = duration(*phase->duration);
    for (const DeadlineRow &row : deadlines) {
        if (phase->deadlines.contains(row.ruleId) && !row.done && row.daysLeft >= 0)
            info.dates << dateLine(row);
    }
    return info;
}

QList<SupportRow> support(const rules::RulePack &pack, const QString &phaseId)
{
    QList<SupportRow> rows;
    for (const rules::SupportSpec *spec : pack.journey.supportFor(phaseId)) {
        QStringList names;
        for (const QString &id : spec->help) {
            if (const rules::HelpSpec *help = pack.journey.helpEntry(id))
                names << locale::isolated(help->name);
        }
        rows << SupportRow { spec->id, JourneyTexts::text(spec->titleKey), JourneyTexts::text(spec->textKey),
                             names.join(QStringLiteral(", ")) };
    }
    return rows;
}

} // namespace PhaseTexts
