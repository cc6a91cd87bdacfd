#pragma once

// One HTTP/1.1 request or response as the fault proxy sees it: start line, headers in
// their original order and spelling, and the complete (de-chunked) body.

#include <QByteArray>
#include <QList>
#include <QPair>

namespace companion::test {

struct HttpMessage
{
    // Request start line.
    QByteArray method;
    QByteArray target; // path and query as sent, e.g. "/api/sessions?cursor=3"
    // Response start line.
    int status = 0;
    QByteArray reason;

    QByteArray version = QByteArrayLiteral("HTTP/1.1");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    bool isRequest() const { return !method.isEmpty(); }
    // First value of a header, names compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    void removeHeader(const QByteArray &name);
    // Replaces every occurrence of the header with one value at the end.
    void setHeader(const QByteArray &name, const QByteArray &value);
    // True when a comma-separated header (Connection, Transfer-Encoding) lists the token.
    bool headerHasToken(const QByteArray &name, const QByteArray &token) const;
    // True when the client wants the connection kept open after this request.
    bool wantsKeepAlive() const;
    // Start line, headers and the empty line; the body is not included.
    QByteArray serializeHead() const;
};

} // namespace companion::test
