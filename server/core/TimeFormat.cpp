#include "server/core/TimeFormat.h"

#include "models/Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace companion::server {

QString rfc3339(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QLatin1Char('Z');
}

QString rfc3339(const QDateTime &dateTime)
{
    return rfc3339(dateTime.toSecsSinceEpoch());
}

QString nowRfc3339()
{
    return rfc3339(Clock::nowSecs());
}

std::optional<QDateTime> parseRfc3339(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace companion::server
