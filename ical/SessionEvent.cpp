#include "ical/SessionEvent.h"

#include "models/money/Money.h"
#include "models/money/MoneySplit.h"

#include <QCoreApplication>

namespace companion::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionEvent", text);
}

QString whoTeaches(const Session &session)
{
    if (session.viewerRole == u"teacher")
        return tr("You teach this session.");
    if (session.viewerRole == u"course_creator")
        return tr("%1 teaches your course.").arg(session.teacherName);
    return tr("Taught by %1.").arg(session.teacherName);
}

} // namespace

QUrl SessionEvent::sessionUrl(const QUrl &platform, const QString &sessionId)
{
    QUrl url = platform.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(QStringLiteral("/sessions/") + sessionId);
    return url;
}

std::optional<qint64> SessionEvent::viewerShare(const Session &session, int *percent)
{
    if (session.courseCreatorId.isEmpty() || session.viewerRole == u"student")
        return std::nullopt;
    const bool creatorTeaches = session.teacherId == session.courseCreatorId;
    const MoneySplit split = MoneySplit::compute(session.priceCents * session.bookedSeats,
                                                 creatorTeaches ? TeachingCase::CreatorTaught
                                                                : TeachingCase::StudentTeacherTaught);
    const SplitRecipient viewer = session.viewerRole == u"teacher" && !creatorTeaches
        ? SplitRecipient::StudentTeacher
        : SplitRecipient::Creator;
    for (const SplitShare &share : split.shares) {
        if (share.recipient == viewer) {
            if (percent)
                *percent = share.percent;
            return share.amountCents;
        }
    }
    return std::nullopt;
}

CalendarEvent SessionEvent::from(const Session &session, const QUrl &platform, const QStringList &students,
                                 const QLocale &locale)
{
    CalendarEvent event;
    event.uid = session.id + QLatin1Char('@') + platform.host();
    event.start = session.start;
    event.end = session.end;
    event.timeZone = session.timeZone;
    event.sequence = session.version;
    event.lastModified = session.updatedAt;
    // Readers disagree on spaces around a value (libical drops them): none are sent.
    event.summary = session.courseTitle.trimmed();
    event.url = sessionUrl(platform, session.id).toString();
    event.location = event.url;
    event.status = session.status == Session::Status::Cancelled ? CalendarEvent::Status::Cancelled
                                                                : CalendarEvent::Status::Confirmed;
    event.categories = { session.viewerRole == u"course_creator" ? tr("Your course") : tr("Teaching") };
    // A parameter value: no line breaks (libical would write them, few parsers read them).
    event.organizerName = session.teacherName.simplified();
    event.organizerEmail = QStringLiteral("noreply@") + platform.host();

    QStringList lines { whoTeaches(session) };
    if (!students.isEmpty())
        lines << tr("Students: %1").arg(students.join(QStringLiteral(", ")));
    lines << tr("Seats: %1 of %2 booked").arg(session.bookedSeats).arg(session.seats);
    int percent = 0;
    if (const auto share = viewerShare(session, &percent); share && session.bookedSeats > 0) {
        lines << tr("Your share: %1 (%2 % of %3 × %4)")
                     .arg(MoneyFormat::format(*share, session.currency, locale))
                     .arg(percent)
                     .arg(session.bookedSeats)
                     .arg(MoneyFormat::format(session.priceCents, session.currency, locale));
    }
    const QString reason = session.json.value(QLatin1String("cancel_reason")).toString();
    if (session.status == Session::Status::Cancelled)
        lines << (reason.isEmpty() ? tr("Cancelled.") : tr("Cancelled: %1").arg(reason));
    lines << tr("Session page: %1").arg(event.url);
    event.description = lines.join(QLatin1Char('\n'));
    return event;
}

} // namespace companion::ical
