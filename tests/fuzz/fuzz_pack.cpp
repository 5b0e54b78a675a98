// libFuzzer target: the rule-pack parser and validator, then the interview on the pack it accepted.
#include "rules/interview.h"
#include "rules/pack.h"

#include <QByteArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const samen::rules::PackLoadResult loaded = samen::rules::loadPack(bytes);
    if (loaded.pack) {
        const samen::rules::Interview interview(*loaded.pack);
        QJsonObject answers { { QStringLiteral("today"), QStringLiteral("2026-03-01") } };
        answers = samen::rules::Interview::addMember(answers, QStringLiteral("m1"));
        for (int i = 0; i < 40; ++i) {
            const auto step = interview.nextQuestion(answers);
            if (!step)
                break;
            const auto result = interview.answer(answers, *step, QJsonValue(QJsonValue::Null));
            if (!result.error.isEmpty())
                break;
            answers = result.answers;
        }
    }
    return 0;
}
