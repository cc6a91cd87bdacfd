#include "app/gui/desktop/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcInstance, "companion.app.instance", QtInfoMsg)

namespace companion {

namespace {
constexpr qint64 maxRequestBytes = 64 * 1024;
const QByteArray acknowledgement = QByteArrayLiteral("ok\n");
} // namespace

QJsonObject SingleInstance::Request::toJson() const
{
    return { { QStringLiteral("links"), QJsonArray::fromStringList(links) },
             { QStringLiteral("sync_now"), syncNow } };
}

SingleInstance::Request SingleInstance::Request::fromJson(const QJsonObject &json)
{
    Request request;
    for (const QJsonValue &link : json.value(QStringLiteral("links")).toArray()) {
        if (link.isString())
            request.links.append(link.toString());
    }
    request.syncNow = json.value(QStringLiteral("sync_now")).toBool();
    return request;
}

SingleInstance::SingleInstance(const QString &profileDirectory, QObject *parent)
    : QObject(parent)
{
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    // One name per user and profile, short enough for a socket address (108 bytes).
    const QByteArray key = QFileInfo(profileDirectory).absoluteFilePath().toUtf8() + '\0'
        + QByteArray::number(uint(::getuid()));
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    m_path = QDir(runtime).filePath(QStringLiteral("companion-%1.socket").arg(QString::fromLatin1(hash)));
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

bool SingleInstance::forward(const Request &request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    const QDeadlineTimer deadline(timeoutMs);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(int(deadline.remainingTime())))
        answer += socket.readAll();
    return answer == acknowledgement;
}

SingleInstance::Role SingleInstance::start(const Request &request, QString *error)
{
    if (forward(request))
        return Role::Forwarded;
    if (m_server.listen(m_path))
        return Role::Primary;
    // Another launch may have won the listen since: ask it. If nobody answers, the socket
    // file was left by a crashed instance.
    if (forward(request))
        return Role::Forwarded;
    QLocalServer::removeServer(m_path);
    if (m_server.listen(m_path))
        return Role::Primary;
    *error = QStringLiteral("Cannot listen on %1: %2").arg(m_path, m_server.errorString());
    return Role::Failed;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxRequestBytes) {
                qCWarning(lcInstance) << "ignored an oversized request from another launch";
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonDocument document = QJsonDocument::fromJson(socket->readLine().trimmed());
            socket->write(acknowledgement);
            socket->flush();
            if (!document.isObject()) {
                qCWarning(lcInstance) << "ignored a malformed request from another launch";
                return;
            }
            Q_EMIT requested(Request::fromJson(document.object()));
        });
    }
}

} // namespace companion
