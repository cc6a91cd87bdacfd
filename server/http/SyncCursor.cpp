#include "server/http/SyncCursor.h"

#include <QByteArray>

namespace companion::server::syncCursor {

QString encode(qint64 seq)
{
    return QString::fromLatin1(("v1:" + QByteArray::number(seq))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decode(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("v1:"))
        return std::nullopt;
    bool ok = false;
    const qint64 seq = decoded.decoded.mid(3).toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

} // namespace companion::server::syncCursor
