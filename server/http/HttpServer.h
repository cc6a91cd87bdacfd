#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace companion::server {

// The only class that touches Qt HttpServer's API (it changes in Qt 6.8: listen() and
// handleRequest() go away). It converts requests to HttpRequest, gives every request an
// id, enforces the body size limit, logs one line per request and writes the response.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Dispatcher = std::function<HttpResponse(HttpRequest &)>;

    explicit HttpServer(Dispatcher dispatcher, qint64 maxBodyBytes, QObject *parent = nullptr);

    // Listens on 127.0.0.1 only; port 0 picks a free port. Returns the port, 0 on failure.
    quint16 listenLocal(quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse respond(HttpRequest &request);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);

    Dispatcher m_dispatcher;
    qint64 m_maxBodyBytes;
};

} // namespace companion::server
