#pragma once

#include "models/Session.h"

#include <QObject>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace companion {

// The QML singleton `NextSessionStatus`: the next session the signed-in user teaches, for
// the tray menu ("Next: Watercolour basics, Thu 18:00" with Join).
class NextSessionStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
public:
    // No default constructor: QML must take the instance main() made (create()).
    explicit NextSessionStatus(QObject *parent);

    static void setInstance(NextSessionStatus *instance);
    static NextSessionStatus *instance();
    static NextSessionStatus *create(QQmlEngine *, QJSEngine *);

    QString sessionId() const { return m_sessionId; }
    QString text() const { return m_text; }
    // The earliest scheduled session `userId` teaches that has not ended at `nowMs`.
    void update(const QList<Session> &sessions, const QString &userId, qint64 nowMs);

Q_SIGNALS:
    void changed();

private:
    QString m_sessionId;
    QString m_text;
};

} // namespace companion
