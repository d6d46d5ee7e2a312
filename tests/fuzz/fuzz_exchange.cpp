// libFuzzer harness for the exchange-file reader: ExchangeFile::fromJson() checks the size, the
// BOM, UTF-8, parses with QJsonDocument, finds duplicate keys and reads every field against the
// question bank. Any input must come back as a result (an assessment, or problems) without a
// crash, a hang or a sanitizer report. A file that reads without problems is also written back
// with toJson() and read again, so the writer is fuzzed too.
//
// The bank is tests/data/scoring-bank.json, the bank the committed exchange files were written
// against (with the built-in bank every seed would stop at "bank.id"). It is loaded once.
//
// WAYMARK_FUZZ_ROUNDTRIP=1 in the environment also aborts when that second read has problems or
// when writing it again gives other bytes (docs/exchange-format.md promises export, import,
// export gives the same bytes). Off by default: run-fuzzers.sh looks for crashes.
// Built only with -DWAYMARK_FUZZ=ON and clang; run by tests/fuzz/run-fuzzers.sh (docs/fuzzing.md).
#include "bank/BankLoader.h"
#include "exchange/ExchangeFile.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Waymark;

namespace {

const QuestionBank *g_bank = nullptr;
bool g_strictRoundTrip = false;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const BankLoadResult loaded = BankLoader::loadFile(QStringLiteral(WAYMARK_FUZZ_BANK));
    if (!loaded.ok()) {
        std::fprintf(stderr, "fuzz_exchange: cannot load the bank %s\n", WAYMARK_FUZZ_BANK);
        for (const BankProblem &problem : loaded.problems)
            std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
        std::abort();
    }
    g_bank = new QuestionBank(*loaded.bank); // lives for the whole run
    g_strictRoundTrip = qEnvironmentVariableIntValue("WAYMARK_FUZZ_ROUNDTRIP") == 1;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A deep copy, so that reads past the end land outside the allocation ASan watches.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ExchangeReadResult result =
        ExchangeFile::fromJson(bytes, *g_bank, QStringLiteral("fuzz.json"));

    for (const ExchangeProblem &problem : result.problems) {
        if (problem.toString().isEmpty())
            std::abort();
    }
    // An import is all or nothing.
    if (result.ok() != result.problems.isEmpty())
        std::abort();
    if (!result.ok())
        return 0;

    const QByteArray written = ExchangeFile::toJson(*result.assessment, g_bank);
    const ExchangeReadResult again =
        ExchangeFile::fromJson(written, *g_bank, QStringLiteral("fuzz-again.json"));
    if (g_strictRoundTrip) {
        if (!again.ok()) {
            std::fprintf(stderr, "fuzz_exchange: the file written back does not read:\n");
            for (const ExchangeProblem &problem : again.problems)
                std::fprintf(stderr, "  %s\n", qPrintable(problem.toString()));
            std::abort();
        }
        if (ExchangeFile::toJson(*again.assessment, g_bank) != written) {
            std::fprintf(stderr, "fuzz_exchange: export, import, export gave other bytes\n");
            std::abort();
        }
    }
    return 0;
}
