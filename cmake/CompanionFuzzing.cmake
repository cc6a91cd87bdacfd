# Flags of the `fuzz` preset (COMPANION_FUZZ): every translation unit gets libFuzzer's coverage
# instrumentation (fuzzer-no-link) and ASan + UBSan, so the fuzzer is guided by the project's
# own branches; Qt itself stays uninstrumented (Debian's build). Only the fuzz executables
# link libFuzzer's main (tests/fuzz/CMakeLists.txt).
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "COMPANION_FUZZ needs clang (libFuzzer); configure with the `fuzz` preset")
endif()
if(COMPANION_SANITIZE)
    message(FATAL_ERROR "COMPANION_FUZZ brings its own sanitizers; leave COMPANION_SANITIZE off")
endif()
# UB aborts like a crash (libFuzzer then keeps the input); Q_ASSERT stays on (a Debug build
# without QT_NO_DEBUG), so Qt's own bounds checks in inline code count as crashes too.
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)

# Qt's headers are most of a file's compile time, and ASan doubles the rest: one precompiled
# set per library keeps the fuzz build short enough for every CI run.
function(companion_fuzz_precompile target)
    target_precompile_headers(${target} PRIVATE
        <QByteArray> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
        <QMap> <QString> <QStringList> <QTimeZone> <QVariant> ${ARGN})
endfunction()
