#pragma once

// One client connection of the fault proxy, in the proxy thread. Reads requests one at a
// time (later pipelined ones wait in the buffer), asks ProxyState for the fault, then
// forwards to the upstream and relays, or misbehaves as the fault says.

#include "tests/support/HttpMessageReader.h"
#include "tests/support/ProxyState.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace companion::test {

class ProxyConnection : public QObject
{
    Q_OBJECT
public:
    ProxyConnection(QTcpSocket *client, std::shared_ptr<ProxyState> state, QObject *parent);

    // Closes the connection when no request is in progress (used when Refuse starts).
    void closeIfIdle();

private:
    using UpstreamCallback = std::function<void(std::optional<HttpMessage>)>;

    void readClient();
    void processBuffer();
    void handle();
    // Forwards m_request over a fresh upstream connection; then(nullopt) when unreachable.
    void forward(UpstreamCallback then);
    // Forwards first when options.forwardAnyway, discarding the answer.
    void forwardIfAsked(std::function<void()> then);
    void readUpstream();
    void upstreamEnded();
    void deliverUpstream(std::optional<HttpMessage> response);

    // Hop-by-hop headers out, Content-Length set to the body we hold.
    HttpMessage clientResponse(HttpMessage response) const;
    void relay(const HttpMessage &upstreamResponse, const QString &note = {});
    void synthesize(int status, const QByteArray &reason, const QByteArray &contentType,
                    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void sendPartial(const HttpMessage &upstreamResponse);
    void startHugeBody();
    void pumpHugeBody();
    void upstreamUnreachable();

    void record(const QString &outcome);
    // The response is complete: next pipelined request, or close when not keep-alive.
    void endExchange();
    void whenFlushed(std::function<void()> then);
    void closeClient(); // FIN after the pending bytes
    void resetClient(); // RST, pending bytes dropped

    QTcpSocket *m_client;
    std::shared_ptr<ProxyState> m_state;
    HttpMessageReader m_requestReader { HttpMessageReader::Kind::Request };
    QByteArray m_clientBuffer;
    bool m_busy = false; // a request is being answered
    bool m_closing = false;
    bool m_sentContinue = false;
    bool m_keepAlive = true;
    HttpMessage m_request;
    ProxyState::Decision m_decision;

    QTcpSocket *m_upstream = nullptr;
    HttpMessageReader m_responseReader { HttpMessageReader::Kind::Response };
    QByteArray m_upstreamBuffer;
    UpstreamCallback m_upstreamCallback;

    qint64 m_hugeElementsLeft = 0;
    qint64 m_hugePadding = 0;
    bool m_hugeActive = false;
};

} // namespace companion::test
