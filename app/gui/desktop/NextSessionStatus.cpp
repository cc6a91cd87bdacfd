#include "app/gui/desktop/NextSessionStatus.h"

#include "models/time/DateText.h"

#include <QJSEngine>
#include <QLocale>
#include <QPointer>
#include <QTimeZone>

namespace companion {

namespace {
QPointer<NextSessionStatus> s_instance;
}

NextSessionStatus::NextSessionStatus(QObject *parent)
    : QObject(parent)
{ }

void NextSessionStatus::setInstance(NextSessionStatus *instance)
{
    s_instance = instance;
}

NextSessionStatus *NextSessionStatus::instance()
{
    return s_instance;
}

NextSessionStatus *NextSessionStatus::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void NextSessionStatus::update(const QList<Session> &sessions, const QString &userId, qint64 nowMs)
{
    const Session *next = nullptr;
    for (const Session &session : sessions) {
        if (userId.isEmpty() || session.teacherId != userId || session.status != Session::Status::Scheduled
            || session.end.toMSecsSinceEpoch() <= nowMs)
            continue;
        if (!next || session.start < next->start)
            next = &session;
    }
    QString id;
    QString text;
    if (next) {
        id = next->id;
        const QTimeZone zone(next->timeZone.toUtf8());
        const QDateTime start = next->start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        text = tr("Next: %1, %2")
                   .arg(next->courseTitle, DateText::format(start, DateText::Style::WeekdayTime));
    }
    if (id == m_sessionId && text == m_text)
        return;
    m_sessionId = id;
    m_text = text;
    Q_EMIT changed();
}

} // namespace companion
