#pragma once

// Signs a profile in with the real companion-cli (password on stdin), so that a test can then
// start the real app already signed in. Header-only: the desktop tests that run the app share it.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace companion::test {

// `common`: --server/--profile/… as the app will get them. Returns empty, or what went wrong.
inline QString cliLogin(const QProcessEnvironment &environment, const QStringList &common,
                        const QString &email, const QByteArray &password = "demo1234")
{
    QProcess login;
    login.setProcessEnvironment(environment);
    login.start(QStringLiteral(COMPANION_CLI_PATH),
                common
                    + QStringList { QStringLiteral("login"), QStringLiteral("--email"), email,
                                    QStringLiteral("--password-stdin") });
    login.write(password + '\n');
    login.closeWriteChannel();
    if (!login.waitForFinished(20000))
        return QStringLiteral("companion-cli login did not finish");
    if (login.exitStatus() != QProcess::NormalExit || login.exitCode() != 0)
        return QString::fromUtf8(login.readAllStandardError());
    return {};
}

} // namespace companion::test
