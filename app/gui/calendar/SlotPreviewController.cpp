#include "app/gui/calendar/SlotPreviewController.h"

#include "app/gui/calendar/CalendarNavigator.h"
#include "app/gui/shell/AccountController.h"
#include "models/schedule/BusySession.h"
#include "models/schedule/SlotCalculator.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
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

namespace {

// "45 min", "2 h", "1 h 30 min", "2 days" for rule values given in minutes.
QString minutesText(int minutes)
{
    if (minutes >= 2 * 1440 && minutes % 1440 == 0)
        return SlotPreviewController::tr("%n day(s)", nullptr, minutes / 1440);
    if (minutes < 60)
        return SlotPreviewController::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return SlotPreviewController::tr("%1 h").arg(minutes / 60);
    return SlotPreviewController::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString capsText(const Offering &offering)
{
    QStringList caps;
    if (offering.maxPerDay)
        caps.append(SlotPreviewController::tr("%n a day", nullptr, *offering.maxPerDay));
    if (offering.maxPerWeek)
        caps.append(SlotPreviewController::tr("%n a week", nullptr, *offering.maxPerWeek));
    return caps.join(QStringLiteral(", "));
}

QStringList limitsOf(const Offering &o)
{
    QStringList limits {
        SlotPreviewController::tr("%1 lessons").arg(minutesText(o.durationMinutes)),
        SlotPreviewController::tr("a start every %1").arg(minutesText(o.effectiveSlotIntervalMinutes()))
    };
    if (o.bufferBeforeMinutes || o.bufferAfterMinutes)
        limits.append(SlotPreviewController::tr("buffers %1 before, %2 after")
                          .arg(minutesText(o.bufferBeforeMinutes), minutesText(o.bufferAfterMinutes)));
    else
        limits.append(SlotPreviewController::tr("no buffers"));
    limits.append(
        o.minimumNoticeMinutes
            ? SlotPreviewController::tr("booked at least %1 ahead").arg(minutesText(o.minimumNoticeMinutes))
            : SlotPreviewController::tr("no minimum notice"));
    limits.append(o.bookingWindowDays
                      ? SlotPreviewController::tr("up to %n day(s) ahead", nullptr, *o.bookingWindowDays)
                      : SlotPreviewController::tr("no booking window"));
    const QString caps = capsText(o);
    limits.append(caps.isEmpty() ? SlotPreviewController::tr("no daily or weekly cap")
                                 : SlotPreviewController::tr("at most %1").arg(caps));
    if (o.seats > 1)
        limits.append(SlotPreviewController::tr("%n seat(s)", nullptr, o.seats));
    return limits;
}

// The machine name and the sentence for a day's reason.
std::pair<QString, QString> reasonOf(SlotReason reason, const Offering &o)
{
    switch (reason) {
    case SlotReason::Offered:
        return {};
    case SlotReason::Past:
        return { QStringLiteral("past"), SlotPreviewController::tr("Already past") };
    case SlotReason::Notice:
        return { QStringLiteral("notice"),
                 SlotPreviewController::tr("Inside your minimum notice of %1")
                     .arg(minutesText(o.minimumNoticeMinutes)) };
    case SlotReason::Window:
        return { QStringLiteral("window"),
                 SlotPreviewController::tr("Beyond your booking window of %n day(s)", nullptr,
                                           o.bookingWindowDays.value_or(0)) };
    case SlotReason::Booked:
        return { QStringLiteral("booked"), SlotPreviewController::tr("Taken by booked sessions") };
    case SlotReason::Buffer:
        return { QStringLiteral("buffer"),
                 SlotPreviewController::tr("Kept free by the buffers around sessions") };
    case SlotReason::Cap:
        return { QStringLiteral("cap"), SlotPreviewController::tr("Limit reached (%1)").arg(capsText(o)) };
    case SlotReason::Closed:
        return { QStringLiteral("closed"), SlotPreviewController::tr("Closed: no bookable hours") };
    case SlotReason::Vacation:
        return { QStringLiteral("vacation"), SlotPreviewController::tr("Vacation") };
    }
    return {};
}

} // namespace

bool SlotPreviewController::copyBookingLink() const
{
    if (m_bookingUrl.isEmpty() || !QGuiApplication::clipboard())
        return false;
    QGuiApplication::clipboard()->setText(m_bookingUrl);
    return true;
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
    m_limits.clear();
    m_bookingUrl.clear();
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
        m_limits = limitsOf(offering);
        m_bookingUrl = offering.bookingUrl;
        const QList<BusySession> busy = BusySession::taughtBy(m_account->allSessions(), m_account->userId());
        SlotQuery query;
        query.fromDate = first;
        query.toDate = last;
        query.nowMs = Clock::nowMs();
        query.viewerZone = m_navigator->zone();
        QString error;
        // What students are offered is what the server holds, not unsynced edits.
        // The reasons come from the same pass that finds the slots.
        const auto found = SlotCalculator::explain(working->serverSchedule, offering, busy, query, &error);
        if (!found) {
            m_error = error;
        } else {
            QList<QStringList> perDay(7);
            QList<QStringList> seatsPerDay(7);
            for (const Slot &slot : found->slotList) {
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
                const DayExplanation explained = found->days.value(d);
                const auto [reason, reasonText] = reasonOf(explained.reason, offering);
                // A day with slots may still have lost some starts (the morning inside the
                // notice): the rule that took the most of them, and how many.
                QString note;
                if (explained.offered > 0) {
                    int most = 0;
                    for (int r = int(SlotReason::Past); r <= int(SlotReason::Cap); ++r) {
                        if (explained.removed[r] > explained.removed[most])
                            most = r;
                    }
                    if (most > 0)
                        note = tr("%n more not offered: %1", nullptr, explained.removed[most])
                                   .arg(reasonOf(SlotReason(most), offering).second);
                }
                m_days.append(QVariantMap {
                    { QStringLiteral("label"), DateText::format(date, DateText::Style::WeekdayDate) },
                    { QStringLiteral("weekday"),
                      QLocale().standaloneDayName(date.dayOfWeek(), QLocale::ShortFormat) },
                    { QStringLiteral("dateText"), DateText::format(date, DateText::Style::DayMonth) },
                    { QStringLiteral("reason"), reason },
                    { QStringLiteral("reasonText"), reasonText },
                    { QStringLiteral("note"), note },
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
