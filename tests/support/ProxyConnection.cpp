#include "tests/support/ProxyConnection.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace companion::test {

namespace {

constexpr qint64 hugeWriteAhead = 1024 * 1024; // bytes queued in the socket while streaming
constexpr int hugeElementsPerWrite = 64;
constexpr int resetDelayMs = 100; // lets the client read the partial body before the RST

const QByteArray &hugeElement()
{
    static const QByteArray element = '"' + QByteArray(1020, 'x') + '"';
    return element;
}

const QByteArray &hugeBlock()
{
    static const QByteArray block = QByteArray(',' + hugeElement()).repeated(hugeElementsPerWrite);
    return block;
}

bool isHopByHop(const QByteArray &name)
{
    static const QList<QByteArray> names {
        "Connection", "Keep-Alive", "Proxy-Connection",  "Proxy-Authorization",
        "TE",         "Trailer",    "Transfer-Encoding", "Upgrade",
    };
    for (const QByteArray &hop : names) {
        if (name.compare(hop, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ProxyConnection::ProxyConnection(QTcpSocket *client, std::shared_ptr<ProxyState> state, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_state(std::move(state))
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &ProxyConnection::readClient);
    connect(m_client, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState socketState) {
        if (socketState == QAbstractSocket::UnconnectedState) {
            // The client went away (or we closed): stalls, streams and upstream calls end with us.
            m_closing = true;
            m_hugeActive = false;
            deleteLater();
        }
    });
}

void ProxyConnection::closeIfIdle()
{
    if (!m_busy && m_clientBuffer.isEmpty())
        closeClient();
}

void ProxyConnection::readClient()
{
    m_clientBuffer += m_client->readAll();
    if (!m_busy)
        processBuffer();
}

void ProxyConnection::processBuffer()
{
    if (m_closing || m_busy)
        return;
    if (!m_requestReader.feed(m_clientBuffer)) {
        if (m_requestReader.hasError()) {
            qCWarning(lcProxy) << "bad request from client:" << m_requestReader.errorString();
            m_keepAlive = false;
            m_client->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            closeClient();
        } else if (m_requestReader.headReceived() && !m_sentContinue
                   && m_requestReader.message().headerHasToken("Expect", "100-continue")) {
            // curl waits for this before sending a larger body.
            m_sentContinue = true;
            m_client->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    m_request = m_requestReader.takeMessage();
    m_sentContinue = false;
    m_busy = true;
    handle();
}

void ProxyConnection::handle()
{
    m_keepAlive = m_request.wantsKeepAlive();
    m_decision = m_state->decide(m_request.method, m_request.target);
    const FaultOptions &options = m_decision.options;

    switch (m_decision.fault) {
    case Fault::None:
        forward([this](std::optional<HttpMessage> response) {
            if (response)
                relay(*response);
            else
                upstreamUnreachable();
        });
        return;
    case Fault::Refuse:
        record(QStringLiteral("-"));
        closeClient();
        return;
    case Fault::CloseImmediately:
        forwardIfAsked([this] {
            record(QStringLiteral("-"));
            closeClient();
        });
        return;
    case Fault::Stall:
        if (options.stallMs < 0) {
            forwardIfAsked([this] { record(QStringLiteral("-")); });
            return; // held until the client gives up or the proxy stops
        }
        QTimer::singleShot(options.stallMs, this, [this] {
            forward([this](std::optional<HttpMessage> response) {
                if (response)
                    relay(*response);
                else
                    upstreamUnreachable();
            });
        });
        return;
    case Fault::ResetMidBody:
    case Fault::StallMidBody:
    case Fault::Truncate:
        forward([this](std::optional<HttpMessage> response) {
            if (response)
                sendPartial(*response);
            else
                upstreamUnreachable();
        });
        return;
    case Fault::WrongJsonTypes:
        forward([this](std::optional<HttpMessage> response) {
            if (!response)
                return upstreamUnreachable();
            bool changed = false;
            response->body = FaultProxy::wrongJsonTypes(response->body, &changed);
            relay(*response, changed ? QString() : QStringLiteral(" (not JSON, passed through)"));
        });
        return;
    case Fault::ServerError:
        forwardIfAsked([this] {
            const int status = m_decision.options.serverErrorStatus;
            const QByteArray body = "<!DOCTYPE html>\n<html><head><title>" + QByteArray::number(status)
                + " Service Unavailable</title></head>\n<body><h1>Service Unavailable</h1>"
                  "<p>The server is temporarily unable to service your request.</p>"
                  "<hr><address>fault-proxy</address></body></html>\n";
            synthesize(status,
                       status == 503 ? QByteArrayLiteral("Service Unavailable") : QByteArrayLiteral("Error"),
                       "text/html; charset=utf-8", body);
        });
        return;
    case Fault::TooManyRequests:
        forwardIfAsked([this] {
            const int seconds = m_decision.options.retryAfterSeconds;
            const QByteArray body
                = R"({"error":{"code":"rate_limited","message":"Too many requests. Try again in )"
                + QByteArray::number(seconds) + R"( s."}})";
            synthesize(429, "Too Many Requests", "application/json", body,
                       { { "Retry-After", QByteArray::number(seconds) } });
        });
        return;
    case Fault::InvalidJson:
        forwardIfAsked([this] {
            synthesize(200, "OK", "application/json",
                       R"({"items":[{"id":"a1","title":"Intro"},{"id":)"
                       "<html>this is not JSON</html>\n");
        });
        return;
    case Fault::HugeBody:
        forwardIfAsked([this] { startHugeBody(); });
        return;
    }
}

void ProxyConnection::forwardIfAsked(std::function<void()> then)
{
    if (!m_decision.options.forwardAnyway)
        return then();
    forward([then = std::move(then)](const std::optional<HttpMessage> &) { then(); });
}

void ProxyConnection::forward(UpstreamCallback then)
{
    m_upstreamCallback = std::move(then);
    m_upstreamBuffer.clear();
    m_responseReader.reset();
    m_responseReader.setResponseToHead(m_request.method == "HEAD");

    HttpMessage out = m_request;
    out.version = "HTTP/1.1";
    out.headers.removeIf([](const auto &pair) {
        // Accept-Encoding out: WrongJsonTypes must be able to read the body.
        return isHopByHop(pair.first) || pair.first.compare("Host", Qt::CaseInsensitive) == 0
            || pair.first.compare("Content-Length", Qt::CaseInsensitive) == 0
            || pair.first.compare("Expect", Qt::CaseInsensitive) == 0
            || pair.first.compare("Accept-Encoding", Qt::CaseInsensitive) == 0;
    });
    const QUrl upstream = m_decision.upstream;
    QByteArray host = upstream.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    out.headers.prepend({ "Host", host + ':' + QByteArray::number(upstream.port(80)) });
    if (!out.body.isEmpty() || out.method == "POST" || out.method == "PUT" || out.method == "PATCH")
        out.setHeader("Content-Length", QByteArray::number(out.body.size()));
    out.setHeader("Connection", "close");
    const QByteArray bytes = out.serializeHead() + out.body;

    m_upstream = new QTcpSocket(this);
    connect(m_upstream, &QTcpSocket::connected, this, [this, bytes] { m_upstream->write(bytes); });
    connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::readUpstream);
    connect(m_upstream, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState socketState) {
        if (socketState == QAbstractSocket::UnconnectedState)
            upstreamEnded();
    });
    m_upstream->connectToHost(upstream.host(), upstream.port(80));
}

void ProxyConnection::readUpstream()
{
    if (!m_upstream)
        return;
    m_upstreamBuffer += m_upstream->readAll();
    if (m_responseReader.feed(m_upstreamBuffer))
        deliverUpstream(m_responseReader.takeMessage());
    else if (m_responseReader.hasError())
        deliverUpstream(std::nullopt);
}

void ProxyConnection::upstreamEnded()
{
    if (!m_upstream)
        return;
    m_upstreamBuffer += m_upstream->readAll();
    m_responseReader.feed(m_upstreamBuffer);
    if (m_responseReader.finish())
        deliverUpstream(m_responseReader.takeMessage());
    else
        deliverUpstream(std::nullopt);
}

void ProxyConnection::deliverUpstream(std::optional<HttpMessage> response)
{
    if (!response) {
        // Before any response byte the socket's error (connection refused) says more.
        const bool socketError
            = m_upstream->error() != QAbstractSocket::UnknownSocketError && !m_responseReader.headReceived();
        qCWarning(lcProxy).noquote() << "upstream" << m_decision.upstream.toString() << "failed:"
                                     << (socketError ? m_upstream->errorString()
                                                     : m_responseReader.errorString());
    }
    QTcpSocket *upstream = std::exchange(m_upstream, nullptr);
    upstream->disconnect(this);
    upstream->abort();
    upstream->deleteLater();
    if (auto callback = std::exchange(m_upstreamCallback, {}))
        callback(std::move(response));
}

HttpMessage ProxyConnection::clientResponse(HttpMessage response) const
{
    response.version = "HTTP/1.1";
    response.headers.removeIf([](const auto &pair) { return isHopByHop(pair.first); });
    const bool noBody = response.status == 204 || response.status == 304;
    if (m_request.method != "HEAD") {
        response.removeHeader("Content-Length");
        if (!noBody)
            response.setHeader("Content-Length", QByteArray::number(response.body.size()));
    }
    if (!m_keepAlive)
        response.setHeader("Connection", "close");
    else if (m_request.version == "HTTP/1.0")
        response.setHeader("Connection", "keep-alive");
    return response;
}

void ProxyConnection::relay(const HttpMessage &upstreamResponse, const QString &note)
{
    const HttpMessage response = clientResponse(upstreamResponse);
    record(QString::number(response.status) + note);
    m_client->write(response.serializeHead());
    if (m_request.method != "HEAD")
        m_client->write(response.body);
    endExchange();
}

void ProxyConnection::synthesize(int status, const QByteArray &reason, const QByteArray &contentType,
                                 const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    HttpMessage response;
    response.status = status;
    response.reason = reason;
    response.headers = { { "Content-Type", contentType } };
    response.headers += extraHeaders;
    response.body = body;
    relay(response);
}

void ProxyConnection::sendPartial(const HttpMessage &upstreamResponse)
{
    const HttpMessage response = clientResponse(upstreamResponse);
    const Fault fault = m_decision.fault;
    if (m_request.method == "HEAD" || (fault == Fault::Truncate && response.body.isEmpty())) {
        relay(upstreamResponse, QStringLiteral(" (no body to cut, passed through)"));
        return;
    }
    const qsizetype half = response.body.size() / 2;
    m_client->write(response.serializeHead());
    m_client->write(response.body.left(half));
    record(
        QStringLiteral("%1 (%2 of %3 body bytes)").arg(response.status).arg(half).arg(response.body.size()));

    if (fault == Fault::Truncate) {
        closeClient();
    } else if (fault == Fault::ResetMidBody) {
        whenFlushed([this] { QTimer::singleShot(resetDelayMs, this, &ProxyConnection::resetClient); });
    } else if (fault == Fault::StallMidBody && m_decision.options.stallMs >= 0) {
        const QByteArray rest = response.body.mid(half);
        QTimer::singleShot(m_decision.options.stallMs, this, [this, rest] {
            m_client->write(rest);
            endExchange();
        });
    }
}

void ProxyConnection::startHugeBody()
{
    const qint64 total = std::max<qint64>(m_decision.options.hugeBytes, 12);
    // {"items":[ E ,E ,E ... padding ]}: exactly `total` bytes of valid JSON.
    const qint64 middle = total - 12;
    const qint64 element = hugeElement().size();
    if (middle < element) {
        m_hugeElementsLeft = 0;
        m_hugePadding = middle;
    } else {
        m_hugeElementsLeft = 1 + (middle - element) / (element + 1);
        m_hugePadding = (middle - element) % (element + 1);
    }
    HttpMessage response;
    response.status = 200;
    response.reason = "OK";
    response.headers = { { "Content-Type", "application/json" } };
    response = clientResponse(response);
    response.setHeader("Content-Length", QByteArray::number(total));
    record(QStringLiteral("200 (%1 bytes)").arg(total));
    m_client->write(response.serializeHead());
    if (m_request.method == "HEAD")
        return endExchange();
    m_client->write(R"({"items":[)");
    if (m_hugeElementsLeft > 0) {
        m_client->write(hugeElement());
        --m_hugeElementsLeft;
    }
    m_hugeActive = true;
    connect(m_client, &QTcpSocket::bytesWritten, this, &ProxyConnection::pumpHugeBody, Qt::UniqueConnection);
    pumpHugeBody();
}

void ProxyConnection::pumpHugeBody()
{
    while (m_hugeActive && m_client->bytesToWrite() < hugeWriteAhead) {
        if (m_hugeElementsLeft > 0) {
            const qint64 count = std::min<qint64>(m_hugeElementsLeft, hugeElementsPerWrite);
            m_client->write(hugeBlock().constData(), count * (hugeElement().size() + 1));
            m_hugeElementsLeft -= count;
        } else {
            m_client->write(QByteArray(m_hugePadding, ' ') + "]}");
            m_hugeActive = false;
            endExchange();
        }
    }
}

void ProxyConnection::upstreamUnreachable()
{
    // Like a server that went away: the client sees the connection close unanswered.
    record(QStringLiteral("upstream-unreachable"));
    closeClient();
}

void ProxyConnection::record(const QString &outcome)
{
    m_state->record(m_request.method, m_request.target, m_decision.fault, outcome);
}

void ProxyConnection::endExchange()
{
    m_busy = false;
    if (!m_keepAlive) {
        closeClient();
        return;
    }
    if (!m_clientBuffer.isEmpty())
        QMetaObject::invokeMethod(this, &ProxyConnection::processBuffer, Qt::QueuedConnection);
}

void ProxyConnection::whenFlushed(std::function<void()> then)
{
    if (m_client->bytesToWrite() == 0)
        return then();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_client, &QTcpSocket::bytesWritten, this, [this, connection, then] {
        if (m_client->bytesToWrite() > 0)
            return;
        disconnect(*connection);
        then();
    });
}

void ProxyConnection::closeClient()
{
    m_closing = true;
    m_client->disconnectFromHost(); // writes what is pending, then FIN
}

void ProxyConnection::resetClient()
{
    m_closing = true;
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const struct linger hard
    {
        1, 0
    };
    ::setsockopt(static_cast<int>(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    m_client->abort();
}

} // namespace companion::test
