#include "server/http/ConnectionGuard.h"

#include "server/core/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace companion::server {

namespace {

constexpr int kLingerMs = 2000;

QByteArray reasonOf(int status)
{
    switch (status) {
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Bad Request";
    }
}

// The value of header `name` (lower case) in a request head, trimmed; empty when absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, Limits limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::timedOut);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    // An answer being written is activity too (a slow request's response).
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::rearm);
    rearm();
}

void ConnectionGuard::inspect()
{
    if (m_state == State::Passthrough)
        return;
    if (m_state == State::Refused) {
        m_socket->skip(m_socket->bytesAvailable()); // the rest of a refused request, never buffered
        return;
    }
    follow(m_socket->peek(m_socket->bytesAvailable()));
    rearm();
}

void ConnectionGuard::follow(const QByteArray &data)
{
    qsizetype at = 0;
    while (at < data.size() && m_state != State::Refused && m_state != State::Passthrough) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyLeft, data.size() - at);
            m_bodyLeft -= take;
            at += take;
            if (m_bodyLeft == 0) {
                m_state = State::Headers;
                m_requestStarted = false;
                m_servedAny = true;
                m_timingHeaders = false;
            }
            continue;
        }
        // Headers: up to the blank line. Empty lines before a request line are allowed.
        if (m_head.isEmpty() && (data.at(at) == '\r' || data.at(at) == '\n')) {
            ++at;
            continue;
        }
        if (!m_requestStarted) {
            m_requestStarted = true;
            if (m_servedAny)
                m_timingHeaders = false; // a further request: its own header timeout
            rearm();
        }
        const qsizetype before = m_head.size();
        m_head.append(data.mid(at));
        qsizetype end = m_head.indexOf("\r\n\r\n");
        qsizetype endLength = 4;
        if (const qsizetype bare = m_head.indexOf("\n\n"); bare >= 0 && (end < 0 || bare < end)) {
            end = bare;
            endLength = 2;
        }
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes)
                refuse(431, "headers_too_large", QStringLiteral("The request headers are too large."));
            return;
        }
        const qsizetype consumed = end + endLength - before;
        m_head.truncate(end + endLength);
        at += consumed;
        if (!headersComplete()) {
            // Refused: what Qt has not read of this request never reaches it.
            return;
        }
    }
}

bool ConnectionGuard::headersComplete()
{
    const QByteArray head = m_head;
    m_head.clear();
    if (head.size() > m_limits.maxHeaderBytes) {
        refuse(431, "headers_too_large", QStringLiteral("The request headers are too large."));
        return false;
    }
    if (headerValue(head, "upgrade").toLower() == "websocket") {
        m_state = State::Passthrough; // WebSocket frames follow; the change stream watches those
        m_timer.stop();
        return true;
    }
    if (!headerValue(head, "transfer-encoding").isEmpty()) {
        refuse(411, "length_required", QStringLiteral("Send the request body with a Content-Length."));
        return false;
    }
    const QByteArray lengthText = headerValue(head, "content-length");
    bool ok = true;
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0) {
        refuse(400, "bad_request", QStringLiteral("The Content-Length is not a number."));
        return false;
    }
    if (length > m_limits.maxBodyBytes) {
        refuse(413, "payload_too_large",
               QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        return false;
    }
    m_bodyLeft = length;
    m_state = length > 0 ? State::Body : State::Headers;
    if (length == 0) {
        m_requestStarted = false;
        m_servedAny = true;
        m_timingHeaders = false;
    }
    return true;
}

void ConnectionGuard::refuse(int status, const QByteArray &code, const QString &message)
{
    qCInfo(lcHttp).noquote() << "refused at the door:" << status << code << "from"
                             << m_socket->peerAddress().toString();
    m_state = State::Refused;
    m_timer.stop();
    // Qt's parser is done with this connection: it keeps a read transaction open while a
    // request is incomplete, which would retain every byte dropped here. Only we read now.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::inspect);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->setReadBufferSize(64 * 1024);
    // Unread by Qt's parser: drop it all and answer; the connection closes after the linger.
    m_socket->skip(m_socket->bytesAvailable());
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("error"),
                                        QJsonObject {
                                            { QStringLiteral("code"), QString::fromLatin1(code) },
                                            { QStringLiteral("message"), message },
                                        } } })
              .toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonOf(status)
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_socket->flush();
    // Lingering close: what the client still sends is read and dropped (never buffered) for a
    // moment, so the answer reaches a client that is still uploading instead of a reset.
    QTimer::singleShot(kLingerMs, m_socket, [socket = m_socket] { socket->abort(); });
}

void ConnectionGuard::rearm()
{
    if (m_state == State::Passthrough || m_state == State::Refused)
        return;
    // A new connection must start its first request, and a started request must finish its
    // headers, within the header timeout; trickled bytes do not extend it.
    const bool awaitingHeaders = m_state == State::Headers && (m_requestStarted || !m_servedAny);
    if (awaitingHeaders) {
        if (!m_timingHeaders || !m_timer.isActive()) {
            m_timingHeaders = true;
            m_timer.start(m_limits.headerTimeoutMs);
        }
        return;
    }
    m_timingHeaders = false;
    m_timer.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::timedOut()
{
    qCInfo(lcHttp).noquote() << (m_requestStarted && m_state == State::Headers ? "header timeout"
                                                                               : "idle timeout")
                             << "closes a connection from" << m_socket->peerAddress().toString();
    m_state = State::Refused;
    m_socket->abort();
}

} // namespace companion::server
