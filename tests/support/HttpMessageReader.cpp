#include "tests/support/HttpMessageReader.h"

namespace companion::test {

HttpMessageReader::HttpMessageReader(Kind kind)
    : m_kind(kind)
{ }

void HttpMessageReader::reset()
{
    m_stage = Stage::Head;
    m_remaining = 0;
    m_message = {};
    m_error.clear();
}

HttpMessage HttpMessageReader::takeMessage()
{
    HttpMessage message = std::move(m_message);
    reset();
    return message;
}

void HttpMessageReader::fail(const QString &error)
{
    m_stage = Stage::Failed;
    m_error = error;
}

bool HttpMessageReader::feed(QByteArray &buffer)
{
    for (;;) {
        switch (m_stage) {
        case Stage::Head: {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (buffer.size() > maxHeadBytes)
                    fail(QStringLiteral("message head larger than %1 bytes").arg(maxHeadBytes));
                return false;
            }
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            if (!parseHead(head))
                return false;
            break;
        }
        case Stage::FixedBody: {
            const qint64 take = std::min<qint64>(m_remaining, buffer.size());
            m_message.body += buffer.left(take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return false;
            m_stage = Stage::Done;
            break;
        }
        case Stage::ChunkSize: {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0)
                return false;
            QByteArray sizeText = buffer.left(end);
            buffer.remove(0, end + 2);
            const qsizetype extension = sizeText.indexOf(';');
            if (extension >= 0)
                sizeText.truncate(extension);
            bool ok = false;
            m_remaining = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0) {
                fail(QStringLiteral("bad chunk size"));
                return false;
            }
            m_stage = m_remaining == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, buffer.size());
            m_message.body += buffer.left(take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return false;
            m_stage = Stage::ChunkDataEnd;
            break;
        }
        case Stage::ChunkDataEnd:
            if (buffer.size() < 2)
                return false;
            if (!buffer.startsWith("\r\n")) {
                fail(QStringLiteral("chunk not followed by CRLF"));
                return false;
            }
            buffer.remove(0, 2);
            m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailers: {
            // Trailers are dropped: the proxy re-frames the body with Content-Length.
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0)
                return false;
            buffer.remove(0, end + 2);
            if (end == 0)
                m_stage = Stage::Done;
            break;
        }
        case Stage::UntilClose:
            m_message.body += buffer;
            buffer.clear();
            return false;
        case Stage::Done:
            return true;
        case Stage::Failed:
            return false;
        }
    }
}

bool HttpMessageReader::finish()
{
    if (m_stage == Stage::UntilClose)
        m_stage = Stage::Done;
    else if (m_stage != Stage::Done && m_stage != Stage::Failed)
        fail(QStringLiteral("connection closed before the message was complete"));
    return m_stage == Stage::Done;
}

bool HttpMessageReader::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray startLine = lines.value(0).trimmed();
    m_message = {};
    if (m_kind == Kind::Request) {
        const QList<QByteArray> parts = startLine.split(' ');
        if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
            fail(QStringLiteral("bad request line: %1").arg(QString::fromLatin1(startLine)));
            return false;
        }
        m_message.method = parts[0];
        m_message.target = parts[1];
        m_message.version = parts[2];
    } else {
        const qsizetype firstSpace = startLine.indexOf(' ');
        const qsizetype secondSpace = startLine.indexOf(' ', firstSpace + 1);
        m_message.version = startLine.left(firstSpace);
        bool ok = false;
        m_message.status
            = startLine.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1).toInt(&ok);
        if (firstSpace < 0 || !ok || !m_message.version.startsWith("HTTP/1.")) {
            fail(QStringLiteral("bad status line: %1").arg(QString::fromLatin1(startLine)));
            return false;
        }
        m_message.reason = secondSpace < 0 ? QByteArray() : startLine.mid(secondSpace + 1);
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(QStringLiteral("bad header line"));
            return false;
        }
        m_message.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }

    if (m_kind == Kind::Response && m_message.status >= 100 && m_message.status < 200) {
        // An interim response (100 Continue): the real one follows.
        m_message = {};
        m_stage = Stage::Head;
        return true;
    }
    const bool noBody = m_kind == Kind::Response
        && (m_responseToHead || m_message.status == 204 || m_message.status == 304);
    if (noBody) {
        m_stage = Stage::Done;
    } else if (m_message.headerHasToken("Transfer-Encoding", "chunked")) {
        m_stage = Stage::ChunkSize;
    } else if (m_message.hasHeader("Content-Length")) {
        bool ok = false;
        m_remaining = m_message.header("Content-Length").toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail(QStringLiteral("bad Content-Length"));
            return false;
        }
        m_stage = m_remaining == 0 ? Stage::Done : Stage::FixedBody;
    } else {
        // A request without a length has no body; a response without one ends at close.
        m_stage = m_kind == Kind::Request ? Stage::Done : Stage::UntilClose;
    }
    return true;
}

} // namespace companion::test
