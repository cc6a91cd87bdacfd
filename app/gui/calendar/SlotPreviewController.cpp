#include "app/gui/calendar/SlotPreviewController.h"

#include "app/gui/calendar/CalendarNavigator.h"
#include "app/gui/shell/AccountController.h"
#include "models/schedule/BusySession.h"
#include "models/schedule/SlotCalculator.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace companion {

SlotPreviewController::SlotPreviewController(AccountController *account, const CalendarNavigator *navigator,
                                             QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_navigator(navigator)
{
    if (m_account)
        connect(m_account, &AccountController::offeringsChanged, this,
                &SlotPreviewController::offeringsChanged);
}

QVariantList SlotPreviewController::offerings() const
{
    QVariantList list;
    if (!m_account)
        return list;
    for (const Offering &offering : m_account->offerings()) {
        list.append(QVariantMap {
            { QStringLiteral("id"), offering.id },
            { QStringLiteral("title"), offering.title },
            { QStringLiteral("label"), tr("%1 · %2 min").arg(offering.title).arg(offering.durationMinutes) },
            { QStringLiteral("durationMinutes"), offering.durationMinutes },
        });
    }
    return list;
}

void SlotPreviewController::setOffering(int index)
{
    if (index == m_offering || index < 0)
        return;
    m_offering = index;
    rebuild();
}

void SlotPreviewController::rebuild()
{
    m_days.clear();
    m_slotCount = 0;
    m_error.clear();
    const QList<Offering> offerings = m_account ? m_account->offerings() : QList<Offering>();
    const WorkingSchedule *working = m_account ? &m_account->workingSchedule() : nullptr;
    const QDate first = m_navigator->weekStart();
    const QDate last = first.addDays(6);
    if (offerings.isEmpty()) {
        m_error = m_account && m_account->dataLoaded()
            ? tr("You have no offerings yet, so students cannot book anything.")
            : QString();
    } else if (!working || !working->known) {
        m_error = tr("You have not set any availability yet.");
    } else {
        const Offering &offering = offerings.at(std::clamp<qsizetype>(m_offering, 0, offerings.size() - 1));
        const QList<BusySession> busy = BusySession::taughtBy(m_account->allSessions(), m_account->userId());
        SlotQuery query;
        query.fromDate = first;
        query.toDate = last;
        query.nowMs = Clock::nowMs();
        query.viewerZone = m_navigator->zone();
        QString error;
        // What students are offered is what the server holds, not unsynced edits.
        const auto found = SlotCalculator::compute(working->serverSchedule, offering, busy, query, &error);
        if (!found) {
            m_error = error;
        } else {
            QList<QStringList> perDay(7);
            QList<QStringList> seatsPerDay(7);
            for (const Slot &slot : *found) {
                const QDateTime start = QDateTime::fromMSecsSinceEpoch(slot.startMs, m_navigator->zone());
                const qint64 day = first.daysTo(start.date());
                if (day < 0 || day > 6)
                    continue;
                perDay[day].append(DateText::format(start.time()));
                seatsPerDay[day].append(
                    slot.sessionId.isEmpty() ? QString() : tr("%n left", nullptr, slot.seatsAvailable));
                ++m_slotCount;
            }
            for (int d = 0; d < 7; ++d) {
                const QDate date = first.addDays(d);
                m_days.append(QVariantMap {
                    { QStringLiteral("label"), DateText::format(date, DateText::Style::WeekdayDate) },
                    { QStringLiteral("iso"), date.toString(Qt::ISODate) },
                    { QStringLiteral("slots"), perDay[d] },
                    { QStringLiteral("seats"), seatsPerDay[d] },
                });
            }
        }
    }
    Q_EMIT changed();
}

} // namespace companion
