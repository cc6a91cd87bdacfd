#pragma once

// Incremental HTTP/1.1 parser for the fault proxy: feed it bytes as they arrive and it
// tells when one complete message (head + Content-Length, chunked or close-delimited
// body) is there. Bytes after the message stay in the caller's buffer, so pipelined
// requests on a keep-alive connection are not lost.

#include "tests/support/HttpMessage.h"

#include <QString>

namespace companion::test {

class HttpMessageReader
{
public:
    enum class Kind { Request, Response };

    explicit HttpMessageReader(Kind kind);

    // For a response: the request was HEAD, so the response has no body whatever its headers say.
    void setResponseToHead(bool head) { m_responseToHead = head; }

    // Consumes from the front of buffer what belongs to the current message. True once the
    // message is complete (then message()/takeMessage()); false when more bytes are needed
    // or on error (hasError()).
    bool feed(QByteArray &buffer);
    // The peer closed the connection: completes a close-delimited response body. True when
    // the message is complete.
    bool finish();

    bool isComplete() const { return m_stage == Stage::Done; }
    bool hasError() const { return m_stage == Stage::Failed; }
    bool headReceived() const { return m_stage != Stage::Head && m_stage != Stage::Failed; }
    QString errorString() const { return m_error; }
    const HttpMessage &message() const { return m_message; }
    HttpMessage takeMessage();
    void reset();

    static constexpr qsizetype maxHeadBytes = 64 * 1024;

private:
    enum class Stage {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Done,
        Failed
    };

    bool parseHead(const QByteArray &head);
    void fail(const QString &error);

    Kind m_kind;
    bool m_responseToHead = false;
    Stage m_stage = Stage::Head;
    qint64 m_remaining = 0;
    HttpMessage m_message;
    QString m_error;
};

} // namespace companion::test
