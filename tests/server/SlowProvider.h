#pragma once

// A provider that takes its time, on 127.0.0.1 (random port) in a thread of its own, so it
// keeps its pace whatever the test's thread does. Under /slow/... it reads the request and
// answers a complete JSON 200 after `slowMs`; under /trickle/... it sends its answer one byte
// every `trickleMs` (a Content-Length that it never reaches), which an idle timeout never
// ends. The answer suits a PlugNmeet room/create and any Stripe GET alike.
//
//   SlowProvider provider;  QVERIFY(provider.start());
//   qputenv("PLUGNMEET_URL", provider.url("/slow").toEncoded());
//   ... provider.requests() counts the requests read so far.

#include <QAtomicInt>
#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace companion::test {

class SlowProvider
{
public:
    explicit SlowProvider(int slowMs = 10000, int trickleMs = 2000)
        : m_slowMs(slowMs)
        , m_trickleMs(trickleMs)
    { }
    ~SlowProvider() { stop(); }

    bool start()
    {
        m_thread = std::make_unique<QThread>();
        m_context = std::make_unique<QObject>();
        m_context->moveToThread(m_thread.get());
        m_thread->start();
        QMetaObject::invokeMethod(
            m_context.get(),
            [this] {
                auto *server = new QTcpServer(m_context.get());
                if (server->listen(QHostAddress::LocalHost, 0))
                    m_port = server->serverPort();
                QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                    while (QTcpSocket *socket = server->nextPendingConnection())
                        serve(socket);
                });
            },
            Qt::BlockingQueuedConnection);
        return m_port != 0;
    }

    void stop()
    {
        if (!m_thread)
            return;
        // The server, its sockets and their timers go with the context, in their thread.
        QMetaObject::invokeMethod(
            m_context.get(), [this] { qDeleteAll(m_context->children()); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        m_context.reset();
        m_thread.reset();
    }

    QUrl url(const QString &prefix) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(prefix));
    }
    int requests() const { return m_requests.loadAcquire(); }

private:
    static QByteArray answer()
    {
        const QByteArray body = R"({"status":true,"msg":"ok","room_info":{"sid":"RM_slow"},"id":"acct_slow",)"
                                R"("object":"account","available":[],"pending":[]})";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

    // Reads one request (headers and Content-Length body), then answers at its pace.
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            m_requests.fetchAndAddRelease(1);
            const QByteArray path = buffer->left(buffer->indexOf('\n')).split(' ').value(1);
            if (path.startsWith("/trickle/"))
                trickle(socket, 0);
            else
                QTimer::singleShot(m_slowMs, socket, [socket] {
                    socket->write(answer());
                    socket->disconnectFromHost();
                });
        });
    }

    void trickle(QTcpSocket *socket, int sent)
    {
        // Promise more than is ever sent: the answer never completes.
        static const QByteArray head
            = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              "Content-Length: 100000\r\n\r\n{\"id\":\"acct_trickle\",\"padding\":\"";
        socket->write(sent < head.size() ? head.mid(sent, 1) : QByteArray("x"));
        QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(m_trickleMs, socket, [this, alive, sent] {
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                trickle(alive, sent + 1);
        });
    }

    int m_slowMs;
    int m_trickleMs;
    quint16 m_port = 0;
    QAtomicInt m_requests;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
};

} // namespace companion::test
