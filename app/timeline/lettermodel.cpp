#include "timeline/lettermodel.h"

#include "rules/pack.h"
#include "texts/journeytexts.h"
#include "texts/timelinetexts.h"

#include <tuple>

bool LetterRow::operator==(const LetterRow &other) const
{
    return std::tie(letterId, title, headline, what, todo, warning, opens, asksLetterDate, asksAnswerBy,
                    asksDecisionBy) ==
        std::tie(other.letterId, other.title, other.headline, other.what, other.todo, other.warning,
                 other.opens, other.asksLetterDate, other.asksAnswerBy, other.asksDecisionBy);
}

LetterModel::LetterModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { LetterIdRole, "letterId", field<&LetterRow::letterId> },
                       { TitleRole, "title", field<&LetterRow::title> },
                       { HeadlineRole, "headline", field<&LetterRow::headline> },
                       { WhatRole, "what", field<&LetterRow::what> },
                       { TodoRole, "todo", field<&LetterRow::todo> },
                       { WarningRole, "warning", field<&LetterRow::warning> },
                       { OpensRole, "opens", field<&LetterRow::opens> },
                       { AsksLetterDateRole, "asksLetterDate", field<&LetterRow::asksLetterDate> },
                       { AsksAnswerByRole, "asksAnswerBy", field<&LetterRow::asksAnswerBy> },
                       { AsksDecisionByRole, "asksDecisionBy", field<&LetterRow::asksDecisionBy> },
                   },
                   TitleRole)
{ }

void LetterModel::read(const samen::rules::RulePack &pack)
{
    QList<LetterRow> rows;
    for (const samen::rules::LetterSpec &spec : pack.journey.letters) {
        LetterRow row;
        row.letterId = spec.id;
        row.title = JourneyTexts::text(spec.titleKey);
        row.headline = spec.headline.join(QStringLiteral(" · "));
        row.what = JourneyTexts::text(spec.whatKey);
        row.todo = JourneyTexts::text(spec.todoKey);
        row.warning = spec.warningKey.isEmpty() ? QString() : JourneyTexts::text(spec.warningKey);
        row.opens = spec.deadline.isEmpty() ? QString() : TimelineTexts::deadlineTitle(spec.deadline);
        row.asksLetterDate = !spec.stage.isEmpty();
        row.asksAnswerBy = spec.deadlineInLetter;
        row.asksDecisionBy = !spec.datesDeadline.isEmpty();
        rows << row;
    }
    updateRows(rows, &LetterRow::letterId);
}

LetterRow LetterModel::letter(const QString &letterId) const
{
    for (const LetterRow &row : rows()) {
        if (row.letterId == letterId)
            return row;
    }
    return {};
}
