#pragma once

// A platform that lies (or a provider that records what it was sent): a loopback HTTP
// server for the security tests. Requests its `answer` function takes are answered from it;
// every other request is relayed to `upstream` (a real platform-server), so sign-in and the
// rest of a sync work for real.
// Event-driven: keep the test's event loop running while a client talks to it.

#include <QByteArray>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace companion::test {

struct CannedReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    int dribbleMs = 0; // > 0: the body one byte at a time, this far apart
};

class HostileServer : public QObject
{
public:
    using Answer = std::function<std::optional<CannedReply>(const QByteArray &method, const QString &path,
                                                            const QByteArray &body)>;

    HostileServer(QUrl upstream, Answer answer)
        : m_upstream(std::move(upstream))
        , m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int answered() const { return m_answered; } // requests answered from `answer`

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer.append(socket->readAll());
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            qsizetype length = 0;
            QList<QPair<QByteArray, QByteArray>> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines.at(i).left(colon).trimmed();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                if (name.toLower() == "content-length")
                    length = value.toLongLong();
                else if (name.toLower() != "host" && name.toLower() != "connection")
                    headers.append({ name, value });
            }
            if (buffer.size() < end + 4 + length)
                return;
            const QByteArray body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            if (requestLine.size() < 2)
                return;
            respond(socket, requestLine.at(0), QString::fromLatin1(requestLine.at(1)), headers, body);
        }
    }

    void respond(QTcpSocket *socket, const QByteArray &method, const QString &path,
                 const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
    {
        if (const auto canned = m_answer(method, path, body)) {
            ++m_answered;
            write(socket, *canned);
            return;
        }
        QNetworkRequest request(m_upstream.resolved(QUrl(path)));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, socket = QPointer(socket)] {
            reply->deleteLater();
            if (!socket)
                return;
            write(socket,
                  { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                    reply->header(QNetworkRequest::ContentTypeHeader).toByteArray() });
        });
    }

    static void write(QTcpSocket *socket, const CannedReply &reply)
    {
        const QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: "
            + reply.contentType + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        if (reply.dribbleMs <= 0) {
            socket->write(head + reply.body);
            return;
        }
        socket->write(head);
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket,
                         [socket, body = reply.body, sent = qsizetype(0)]() mutable {
                             if (sent < body.size())
                                 socket->write(body.mid(sent++, 1));
                         });
        timer->start(reply.dribbleMs);
    }

    QTcpServer m_server;
    QNetworkAccessManager m_manager;
    QUrl m_upstream;
    Answer m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_answered = 0;
};

} // namespace companion::test
