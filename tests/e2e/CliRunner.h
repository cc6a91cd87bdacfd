#pragma once

// Runs companion-cli (or companion) as a separate process, the way a person or
// script would, and captures its exit code and output.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace companion::test {

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline RunResult runProgram(const QString &program, const QStringList &arguments,
                            const QByteArray &stdinData = {},
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                            int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    RunResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline RunResult runCli(const QStringList &arguments, const QByteArray &stdinData = {},
                        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(COMPANION_CLI_PATH), arguments, stdinData, environment);
}

} // namespace companion::test
