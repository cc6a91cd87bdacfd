#pragma once

// What every fuzz target shares: Qt set up once, quiet logs, a pinned clock, the input as
// bytes or a JSON object, and property checks that fail like a crash (libFuzzer keeps the
// input as an artifact).

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace companion::fuzz {

// "Now" of every target: 2026-12-01T12:00:00Z, the demo world's day (DemoWorld in the tests).
inline constexpr qint64 kNowSecs = 1796126400;

// A QCoreApplication (the SQL driver plugins need one), Clock pinned at kNowSecs, and a
// message handler that drops the handlers' logging (a warning per rejected input would be
// most of the run time) but prints fatal messages, which abort.
void initialize();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as a JSON object, as the client and server read a body; nullopt otherwise.
std::optional<QJsonObject> object(const QByteArray &input);

// Splits off the first line: what comes before the first '\n', and the rest in `rest`.
QByteArray firstLine(const QByteArray &input, QByteArray *rest);

[[noreturn]] void fail(const char *condition, const char *file, int line, const QString &detail = {});

} // namespace companion::fuzz

// A property of the code under test; a violation aborts and libFuzzer saves the input.
#define FUZZ_CHECK(condition) ((condition) ? void() : companion::fuzz::fail(#condition, __FILE__, __LINE__))
#define FUZZ_CHECK_DETAIL(condition, detail)                                                                 \
    ((condition) ? void() : companion::fuzz::fail(#condition, __FILE__, __LINE__, (detail)))

// Each target's file defines LLVMFuzzerTestOneInput; this is their common initializer.
#define COMPANION_FUZZ_INITIALIZE                                                                            \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                     \
    {                                                                                                        \
        companion::fuzz::initialize();                                                                       \
        return 0;                                                                                            \
    }
