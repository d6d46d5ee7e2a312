// libFuzzer harness for the question-bank reader: BankLoader::loadData() runs JsonReader
// (QJsonDocument, then JsonScan on the bytes it took), the field-by-field reader and
// BankValidator. Any input must come back as a result (a bank, or problems) without a crash, a
// hang or a sanitizer report.
// Built only with -DWAYMARK_FUZZ=ON and clang; run by tests/fuzz/run-fuzzers.sh (docs/fuzzing.md).
#include "bank/BankLoader.h"
#include "bank/BankProblem.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A deep copy, so that reads past the end land outside the allocation ASan watches.
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const BankLoadResult result = BankLoader::loadData(json, QStringLiteral("fuzz.json"));

    // The messages are what the user sees: build them all, with their lines.
    for (const BankProblem &problem : result.problems) {
        if (problem.toString().isEmpty() || problem.line < 0)
            std::abort();
    }
    // ok() means no errors: a bank that loaded must not carry an error with it.
    if (result.ok() && hasErrors(result.problems))
        std::abort();
    if (!result.ok() && !hasErrors(result.problems))
        std::abort();
    if (result.ok()) {
        // The lookups the rest of Waymark makes on a loaded bank.
        for (const Question *question : result.bank->questions()) {
            if (result.bank->question(question->id) == nullptr)
                std::abort();
        }
        for (const Role &role : result.bank->roles)
            (void)result.bank->questionsFor(role.id);
    }
    return 0;
}
