// The interview's question list (Interview::steps(), run on every tap of the eligibility page) at
// growing family sizes, against the way it was computed before: the case parsed and its facts
// (the regime included) worked out again for every question of every member. Prints both
// medians and their ratio, measured in the same run. Built, not run by ctest:
//   build/tests/bench/rules/bench_interview [runs]

#include "rules/case.h"
#include "rules/condition.h"
#include "rules/facts.h"
#include "rules/interview.h"
#include "rules/pack.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace samen::rules;

namespace {

QJsonObject household(int members)
{
    QJsonObject sponsor { { u"birthDate"_qs, u"1985-05-01"_qs },
                          { u"decisionDate"_qs, u"2026-10-20"_qs },
                          { u"status"_qs, u"refugee"_qs },
                          { u"derivedPermit"_qs, false },
                          { u"country"_qs, u"ER"_qs } };
    QJsonArray list;
    for (int i = 0; i < members; ++i)
        list.append(QJsonObject { { u"id"_qs, u"m%1"_qs.arg(i + 1) },
                                  { u"relation"_qs, i == 0 ? u"spouse"_qs : u"child"_qs },
                                  { u"birthDate"_qs, u"%1-06-01"_qs.arg(i == 0 ? 1986 : 2008 + i % 17) } });
    return { { u"today"_qs, u"2026-12-06"_qs },
             { u"applied"_qs, false },
             { u"sponsor"_qs, sponsor },
             { u"members"_qs, list } };
}

bool appliesTheOldWay(const RulePack &pack, const Question &question, const QJsonObject &answers, int index)
{
    if (question.askIf.isEmpty() && question.askIfAny.isEmpty())
        return true;
    const auto input = parseCase(answers).value;
    if (!input)
        return true;
    const Member *member = index >= 0 && index < input->members.size() ? &input->members[index] : nullptr;
    const Facts facts = factsFor(pack, *input, member);
    if (evaluateAll(question.askIf, facts) == Truth::False)
        return false;
    return question.askIfAny.isEmpty() ||
        std::any_of(question.askIfAny.cbegin(), question.askIfAny.cend(),
                    [&](const Conditions &c) { return evaluateAll(c, facts) != Truth::False; });
}

int stepsTheOldWay(const RulePack &pack, const QJsonObject &answers)
{
    int count = 0;
    const int members = int(answers.value(u"members"_qs).toArray().size());
    for (const Question &question : pack.questions) {
        if (question.subject != Question::Subject::Member)
            count += appliesTheOldWay(pack, question, answers, -1) ? 1 : 0;
    }
    for (int index = 0; index < members; ++index) {
        for (const Question &question : pack.questions) {
            if (question.subject == Question::Subject::Member)
                count += appliesTheOldWay(pack, question, answers, index) ? 1 : 0;
        }
    }
    return count;
}

template<typename Work> double medianMs(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const auto &bundled = bundledPack();
    if (!bundled.pack) {
        std::fprintf(stderr, "no pack: %s\n", qPrintable(bundled.error));
        return 1;
    }
    const Interview interview(*bundled.pack);
    std::printf("%8s %8s %12s %12s %8s\n", "members", "steps", "before ms", "now ms", "ratio");
    for (const int members : { 10, 20, 50, static_cast<int>(maxMembers) }) {
        const QJsonObject answers = household(members);
        const int steps = int(interview.steps(answers).size());
        if (steps != stepsTheOldWay(*bundled.pack, answers)) {
            std::fprintf(stderr, "the two ways disagree at %d members\n", members);
            return 1;
        }
        const double before = medianMs(runs, [&] { (void)stepsTheOldWay(*bundled.pack, answers); });
        const double now = medianMs(runs, [&] { (void)interview.steps(answers); });
        std::printf("%8d %8d %12.2f %12.2f %7.1fx\n", members, steps, before, now, before / now);
    }
    return 0;
}
