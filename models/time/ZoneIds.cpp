#include "models/time/ZoneIds.h"

#include <QFile>
#include <QSet>

namespace companion::zoneids {

namespace {

// Zone ("Z name …") and link ("L target name") lines of the compact tzdata source.
QSet<QByteArray> fromTzdataZi(const QString &path)
{
    QSet<QByteArray> ids;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ids;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QList<QByteArray> fields = line.split(' ');
        if (line.startsWith("Z ") && fields.size() > 1)
            ids.insert(fields.at(1));
        else if (line.startsWith("L ") && fields.size() > 2)
            ids.insert(fields.at(2));
    }
    return ids;
}

QSet<QByteArray> loadIds()
{
    const QByteArray dir = qgetenv("TZDIR");
    QSet<QByteArray> ids
        = fromTzdataZi((dir.isEmpty() ? QStringLiteral("/usr/share/zoneinfo") : QString::fromLocal8Bit(dir))
                       + QStringLiteral("/tzdata.zi"));
    if (ids.isEmpty()) {
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            // Qt adds fixed offsets of its own ("UTC+05:00"); they are not IANA names.
            if (!id.startsWith("UTC+") && !id.startsWith("UTC-"))
                ids.insert(id);
        }
        ids.insert("UTC");
    }
    return ids;
}

const QSet<QByteArray> &knownIds()
{
    static const QSet<QByteArray> ids = loadIds();
    return ids;
}

} // namespace

bool isKnown(const QString &id)
{
    // The longest IANA name is 32 characters ("America/Argentina/ComodRivadavia").
    if (id.isEmpty() || id.size() > 64)
        return false;
    return knownIds().contains(id.toUtf8());
}

std::optional<QTimeZone> zoneFor(const QString &id)
{
    if (!isKnown(id))
        return std::nullopt;
    QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

} // namespace companion::zoneids
