#pragma once

// What the server security tests share: a production configuration file, a platform-server
// run to its end (for the refusals), raw sockets, the server's resident memory.

#include "../server/ServerProcess.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpSocket>
#include <QTest>

namespace companion::test {

// Every provider configured with secrets of its own. The URLs are the discard port on
// loopback: nothing is called there, since the tests run with --no-provider-calls.
inline QStringList productionSettings()
{
    return {
        QStringLiteral("PUBLIC_URL=https://companion.example"),
        QStringLiteral("PLUGNMEET_URL=http://127.0.0.1:9"),
        QStringLiteral("PLUGNMEET_API_KEY=pnm_key_prod"),
        QStringLiteral("PLUGNMEET_API_SECRET=pnm_secret_prod_0123456789"),
        QStringLiteral("STRIPE_API_URL=http://127.0.0.1:9"),
        QStringLiteral("STRIPE_SECRET_KEY=sk_live_prod_0123456789"),
        QStringLiteral("STRIPE_WEBHOOK_SECRET=whsec_prod_platform_0123456789"),
        QStringLiteral("STRIPE_CONNECT_WEBHOOK_SECRET=whsec_prod_connect_0123456789"),
        QStringLiteral("RESEND_API_URL=http://127.0.0.1:9"),
        QStringLiteral("RESEND_API_KEY=re_prod_0123456789"),
        QStringLiteral("RESEND_WEBHOOK_SECRET=whsec_cHJvZC1yZXNlbmQta2V5LTAxMjM0NTY3ODk="),
        QStringLiteral("STREAM_API_URL=http://127.0.0.1:9"),
        QStringLiteral("STREAM_API_KEY=stream_key_prod"),
        QStringLiteral("STREAM_API_SECRET=stream_secret_prod_0123456789"),
    };
}

inline QString writeConfig(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

// The environment without any provider setting, so only what a test sets counts.
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"PLUGNMEET_") || key.startsWith(u"STRIPE_") || key.startsWith(u"RESEND_")
            || key.startsWith(u"STREAM_") || key == u"PUBLIC_URL")
            env.remove(key);
    }
    return env;
}

struct ServerRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// platform-server run to its end (refusals, --print-config).
inline ServerRun runServer(const QStringList &arguments, const QProcessEnvironment &env = cleanEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(ServerProcess::defaultProgram(), arguments);
    ServerRun run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QByteArray stripeSignature(const QByteArray &secret, const QByteArray &body, qint64 t)
{
    const QByteArray signedPayload = QByteArray::number(t) + '.' + body;
    return "t=" + QByteArray::number(t) + ",v1="
        + QMessageAuthenticationCode::hash(signedPayload, secret, QCryptographicHash::Sha256).toHex();
}

// Resident memory of a process in KiB (Linux /proc).
inline qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// A raw connection: what a browser library would never send.
inline bool connectRaw(QTcpSocket &socket, const QUrl &base)
{
    socket.connectToHost(base.host(), quint16(base.port()));
    return socket.waitForConnected(5000);
}

// Reads until the peer closes or `ms` pass; returns what arrived.
inline QByteArray readUntilClosed(QTcpSocket &socket, int ms)
{
    QByteArray all;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < ms) {
        socket.waitForReadyRead(50);
        all += socket.readAll();
    }
    all += socket.readAll();
    return all;
}

} // namespace companion::test
