#pragma once

#include <QString>

#include <tuple>

namespace samen::dossier {

/** One answer of the eligibility interview. */
struct InterviewAnswer
{
    /** Whom the answer is about: "referent" or "member:<id>". */
    QString subjectId;
    /** Rule-pack question id. */
    QString questionId;
    /** The answer as the interview encodes it (e.g. "yes", "no", "unknown", an ISO date). */
    QString value;
    /** Last change, ISO 8601 date-time (UTC). */
    QString updatedAt;

    friend bool operator==(const InterviewAnswer &a, const InterviewAnswer &b)
    {
        return std::tie(a.subjectId, a.questionId, a.value, a.updatedAt) ==
            std::tie(b.subjectId, b.questionId, b.value, b.updatedAt);
    }
};

} // namespace samen::dossier
