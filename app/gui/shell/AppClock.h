#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqml.h>

namespace companion {

// The QML singleton `AppClock`: the process's Clock (models/Clock.h) for QML, so pages never
// read `new Date()` (which ignores --clock-start/--clock-pin), and wall-clock parts of an
// instant in a named zone (JavaScript's Date only knows the machine's zone).
class AppClock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    Q_INVOKABLE QDateTime now() const;
    // Hour 0-23 of `instant` in the IANA `zone` (unknown or empty zone: UTC, never the machine's).
    Q_INVOKABLE int hourIn(const QDateTime &instant, const QString &zone) const;
    // "Thursday at 18:00 (in 2 days)" as seen at `now` in `zone` (models/time/RelativeWhen.h).
    Q_INVOKABLE QString relativeWhen(const QDateTime &start, const QDateTime &now, const QString &zone) const;
};

} // namespace companion
