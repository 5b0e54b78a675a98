// libFuzzer target: the case parser, the evaluator and the case-table runner on the NL pack.
#include "rules/case.h"
#include "rules/caseresultjson.h"
#include "rules/casetable.h"
#include "rules/evaluator.h"
#include "rules/pack.h"

#include <QByteArray>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {
std::optional<samen::rules::RulePack> pack;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const char *path = std::getenv("SAMEN_FUZZ_PACK");
    auto loaded = samen::rules::loadPackFile(QString::fromLocal8Bit(path ? path : "assets/rules/nl.json"));
    if (!loaded.pack) {
        std::fprintf(stderr, "fuzz_case: %s\n", qPrintable(loaded.error));
        std::abort();
    }
    pack = std::move(loaded.pack);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const samen::rules::CaseParseResult parsed = samen::rules::parseCase(bytes);
    if (parsed.value) {
        const auto result = samen::rules::Evaluator(*pack).evaluate(*parsed.value);
        if (result.value)
            static_cast<void>(samen::rules::toJson(*result.value));
    } else if (size > 0 && data[0] == '[') {
        static_cast<void>(samen::rules::runCaseTable(*pack, bytes));
    }
    return 0;
}
