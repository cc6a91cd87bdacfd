#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace companion::server {

// A synchronous HTTP call for the real-service adapters, made on a ProviderWorkers thread:
// the caller's thread waits in a local event loop, which on a worker has nothing else to run.
// Called on the server's own thread (it should not be) the call runs on a thread of its own
// instead, so other requests never run re-entrantly inside a handler. Never point it at this
// same process (it would wait on itself).
//
// Every call ends by `deadlineMs` overall (a provider that trickles a byte at a time does not
// reset it, unlike Qt's transfer timeout) and after at most kMaxReplyBytes of answer.
class BlockingHttp
{
public:
    static constexpr int kDefaultDeadlineMs = 15000;
    static constexpr qint64 kMaxReplyBytes = 8 * 1024 * 1024;

    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QString error;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                      const Headers &headers, int deadlineMs = kDefaultDeadlineMs);

private:
    static Reply sendHere(const QByteArray &method, const QUrl &url, const QByteArray &body,
                          const Headers &headers, int deadlineMs);
};

} // namespace companion::server
