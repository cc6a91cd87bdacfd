#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace companion::server {

// Watches one connection's bytes before Qt's HTTP parser sees them, which buffers a whole
// body before it hands over a request. It follows the framing (request line and headers,
// then Content-Length bytes of body) and stops a request at the door: 413 as soon as the
// declared length exceeds the limit, 431 for oversized headers, 411 for bodies without a
// length (chunked), each drained unread and answered with the connection closed. It also
// closes connections whose headers do not arrive within the header timeout (slowloris) and
// connections idle for longer than the idle timeout. After a WebSocket upgrade it steps
// aside. It must be connected to readyRead before Qt's parser (GuardedTcpServer does that).
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBodyBytes = 1 << 20;
        qint64 maxHeaderBytes = 64 * 1024;
        int headerTimeoutMs = 10'000;
        int idleTimeoutMs = 60'000;
    };

    ConnectionGuard(QTcpSocket *socket, Limits limits);

private:
    enum class State { Headers, Body, Passthrough, Refused };

    void inspect();
    // Consumes `data` (all of it, or up to the end of a refused request's headers).
    void follow(const QByteArray &data);
    bool headersComplete();
    void refuse(int status, const QByteArray &code, const QString &message);
    void rearm();
    void timedOut();

    QTcpSocket *m_socket;
    Limits m_limits;
    State m_state = State::Headers;
    QByteArray m_head; // the current request's bytes up to its blank line
    qint64 m_bodyLeft = 0;
    bool m_requestStarted = false; // a byte of the current request arrived
    bool m_servedAny = false; // a request was read completely on this connection
    bool m_timingHeaders = false; // m_timer runs the header timeout
    QTimer m_timer;
};

} // namespace companion::server
