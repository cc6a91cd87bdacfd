#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace companion::server {

// A synchronous HTTP call for the real-service adapters, made on a worker thread with its
// own event loop while the caller waits. Deliberately not a nested event loop on the server
// thread: that would let other requests (webhooks with open transactions) run re-entrantly
// in the middle of a handler. Never point it at this same process (it would wait on itself).
class BlockingHttp
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QString error;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                      const Headers &headers, int timeoutMs = 15000);
};

} // namespace companion::server
