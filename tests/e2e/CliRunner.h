#pragma once

// Runs companion-cli (or companion) as a separate process, the way a person or
// script would, and captures its exit code and output.

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace companion::test {

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // The last line of stdout as a JSON object (commands run with --json).
    QJsonObject json() const
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
    }
};

// A loopback port that was free a moment ago, for a server that must come back
// on the same address after a restart (the profile remembers its URL).
inline quint16 freeLocalPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

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

// The environment a test's child processes get: their own config and cache homes,
// so nothing they write lands in the tester's.
inline QProcessEnvironment isolatedEnvironment(const QString &configHome, const QString &cacheHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    return env;
}

inline RunResult runCli(const QStringList &arguments, const QByteArray &stdinData = {},
                        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(COMPANION_CLI_PATH), arguments, stdinData, environment);
}

// Signs a demo account (password demo1234) in to `server` through companion-cli, into
// `profile`. `extraArguments` go after the command (options such as --timeout 2).
inline RunResult loginDemo(const QUrl &server, const QString &profile, const QString &email,
                           const QStringList &extraArguments = {},
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runCli(QStringList { QStringLiteral("--server"), server.toString(), QStringLiteral("--profile"),
                                profile, QStringLiteral("login"), QStringLiteral("--email"), email,
                                QStringLiteral("--password-stdin") }
                      + extraArguments,
                  "demo1234\n", environment);
}

} // namespace companion::test
