#include "tests/support/HttpMessage.h"

namespace companion::test {

QByteArray HttpMessage::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpMessage::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void HttpMessage::removeHeader(const QByteArray &name)
{
    headers.removeIf(
        [&name](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void HttpMessage::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({ name, value });
}

bool HttpMessage::headerHasToken(const QByteArray &name, const QByteArray &token) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool HttpMessage::wantsKeepAlive() const
{
    if (headerHasToken("Connection", "close"))
        return false;
    if (version == "HTTP/1.0")
        return headerHasToken("Connection", "keep-alive");
    return true;
}

QByteArray HttpMessage::serializeHead() const
{
    QByteArray out;
    if (isRequest())
        out = method + ' ' + target + ' ' + version + "\r\n";
    else
        out = version + ' ' + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[key, value] : headers)
        out += key + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

} // namespace companion::test
