#include "ical/GoogleCalendarLink.h"

#include <QUrlQuery>

namespace companion::ical {

namespace {

QString googleTime(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QUrl GoogleCalendarLink::forEvent(const CalendarEvent &event)
{
    QUrl url(QStringLiteral("https://calendar.google.com/calendar/render"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("action"), QStringLiteral("TEMPLATE"));
    query.addQueryItem(QStringLiteral("text"), event.summary);
    query.addQueryItem(QStringLiteral("dates"),
                       googleTime(event.start) + QLatin1Char('/') + googleTime(event.end));
    query.addQueryItem(QStringLiteral("details"), event.description);
    query.addQueryItem(QStringLiteral("location"), event.location);
    if (!event.timeZone.isEmpty())
        query.addQueryItem(QStringLiteral("ctz"), event.timeZone);
    // Every reserved character encoded, so "&" or "+" in a title cannot cut the query.
    QString encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

QUrl GoogleCalendarLink::subscribe(const QUrl &httpsFeed)
{
    QUrl url(QStringLiteral("https://calendar.google.com/calendar/render"));
    url.setQuery(QStringLiteral("cid=") + QString::fromLatin1(QUrl::toPercentEncoding(httpsFeed.toString())),
                 QUrl::StrictMode);
    return url;
}

} // namespace companion::ical
