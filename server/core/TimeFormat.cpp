#include "server/core/TimeFormat.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace companion::server {

QString nowRfc3339()
{
    return instant::toUtcStringSecs(Clock::nowSecs());
}

QString wallTimeText(qint64 epochMs, const QString &zoneId)
{
    QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toTimeZone(zone);
    return QLocale::c().toString(local, QStringLiteral("dddd d MMMM yyyy, HH:mm")) + QStringLiteral(" (")
        + QString::fromUtf8(zone.id()) + QLatin1Char(')');
}

} // namespace companion::server
