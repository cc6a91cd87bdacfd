#include "server/DemoSeeder.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "server/core/Logging.h"
#include "server/core/PasswordHasher.h"
#include "server/core/TimeFormat.h"
#include "server/store/AvailabilityStore.h"
#include "server/store/Database.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"
#include "server/store/payments/SplitStore.h"
#include "server/store/payments/StripeFactStore.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

namespace companion::server {

// Which teacher teaches which course; the creator teaches all three.
struct DemoOffering
{
    const char *id;
    const char *courseId;
    const char *teacherId;
};

namespace {

struct DemoAccount
{
    const char *id;
    const char *email;
    const char *name;
    Role role;
    const char *timeZone;
};

const DemoAccount kAccounts[] = {
    { "usr_maya", "creator@demo.test", "Maya Lindqvist", Role::Creator, "Europe/Berlin" },
    { "usr_jonas", "st1@demo.test", "Jonas Weber", Role::StudentTeacher, "Europe/Berlin" },
    { "usr_priya", "st2@demo.test", "Priya Raman", Role::StudentTeacher, "America/New_York" },
};

struct DemoStudent
{
    const char *id;
    const char *name;
    const char *timeZone;
};

const DemoStudent kStudents[] = {
    { "usr_lena", "Lena Fischer", "Europe/Berlin" }, { "usr_tom", "Tom Becker", "Europe/Berlin" },
    { "usr_aisha", "Aisha Khan", "Europe/London" },  { "usr_carlos", "Carlos Mendes", "America/Sao_Paulo" },
    { "usr_sofia", "Sofia Rossi", "Europe/Rome" },   { "usr_ethan", "Ethan Brooks", "America/Chicago" },
    { "usr_mei", "Mei Tanaka", "Asia/Tokyo" },       { "usr_omar", "Omar Haddad", "Europe/Berlin" },
};

struct DemoCourse
{
    const char *id;
    const char *title;
    const char *description;
    int durationMinutes;
    qint64 priceCents;
    int seats;
};

const DemoCourse kCourses[] = {
    { "crs_spanish", "Conversational Spanish", "Speak from the first lesson: everyday conversations.", 60,
      4500, 1 },
    { "crs_python", "Python for Data Analysis", "pandas, plots and clean data in small groups.", 90, 6000,
      4 },
    { "crs_watercolour", "Watercolour Basics", "Washes, layering and colour mixing.", 45, 3000, 1 },
};

const DemoOffering kOfferings[] = {
    { "off_maya_spanish", "crs_spanish", "usr_maya" },
    { "off_maya_python", "crs_python", "usr_maya" },
    { "off_maya_watercolour", "crs_watercolour", "usr_maya" },
    { "off_jonas_spanish", "crs_spanish", "usr_jonas" },
    { "off_jonas_python", "crs_python", "usr_jonas" },
    { "off_priya_python", "crs_python", "usr_priya" },
    { "off_priya_watercolour", "crs_watercolour", "usr_priya" },
};

const DemoCourse &courseById(const QString &id)
{
    for (const DemoCourse &course : kCourses) {
        if (id == QLatin1String(course.id))
            return course;
    }
    return kCourses[0];
}

const char *zoneOf(const QString &teacherId)
{
    for (const DemoAccount &account : kAccounts) {
        if (teacherId == QLatin1String(account.id))
            return account.timeZone;
    }
    return "UTC";
}

LocalInterval hours(int fromHour, int toHour)
{
    return LocalInterval { fromHour * 60, toHour * 60 };
}

} // namespace

DemoSeeder::DemoSeeder(Database &db, UserStore &users, AvailabilityStore &availability,
                       SessionStore &sessions, SplitStore &splits, QDate demoDate)
    : m_db(db)
    , m_catalog(db)
    , m_bookings(db)
    , m_attendance(db)
    , m_users(users)
    , m_availability(availability)
    , m_sessions(sessions)
    , m_splits(splits)
    , m_demoDate(demoDate)
{ }

QStringList DemoSeeder::accountLines()
{
    QStringList lines;
    for (const DemoAccount &account : kAccounts) {
        lines << QStringLiteral("demo account: %1 password %2 (%3, %4, %5)")
                     .arg(QLatin1String(account.email), QLatin1String(kPassword), QLatin1String(account.name),
                          roleToString(account.role), QLatin1String(account.timeZone));
    }
    return lines;
}

bool DemoSeeder::seed(QString *error)
{
    if (m_users.byEmail(QLatin1String(kAccounts[0].email))) {
        qCInfo(lcDemo) << "demo data already present";
        return true;
    }
    // One transaction: a crash mid-seed leaves no half world behind, and a rerun seeds again.
    m_db.transaction();
    if (!seedUsers(error) || !seedAvailability(error) || !seedCourses(error) || !seedSessions(error)
        || !seedStripeFacts(error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = QStringLiteral("could not commit demo data");
        return false;
    }
    qCInfo(lcDemo) << "demo data seeded";
    return true;
}

bool DemoSeeder::seedStripeFacts(QString *error)
{
    // What Stripe would have reported for the money the demo moved: a transfer for every
    // transferred or paid share (two days after the booking), and a weekly payout on Monday
    // of everything transferred the week before, so the Payouts page has a history whose
    // payouts pay exactly those splits, and a later payout.paid finds the open ones.
    StripeFactStore facts(m_db);
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT p.id, u.stripe_account_id, p.amount_cents, p.currency, p.created_at, "
                           "p.status FROM payment_splits p JOIN users u ON u.id = p.recipient_id WHERE "
                           "p.status IN ('transferred', 'paid') AND u.stripe_account_id IS NOT NULL "
                           "ORDER BY p.created_at, p.id"))) {
        *error = QStringLiteral("could not read the demo splits");
        return false;
    }
    struct Row
    {
        StripeFactStore::Transfer transfer;
        bool paid = false;
    };
    struct WeekPayout
    {
        QString account;
        qint64 created = 0;
        qint64 amount = 0;
    };
    QList<Row> rows;
    QMap<QString, WeekPayout> payouts; // "<account>|<created>" -> payout
    QHash<QString, qint64> lastPayout; // account -> the latest demo payout
    while (q.next()) {
        Row row;
        const QString splitId = q.value(0).toString();
        row.transfer.id = QStringLiteral("tr_sandbox_") + splitId.mid(4);
        row.transfer.splitId = splitId;
        row.transfer.destination = q.value(1).toString();
        row.transfer.amountCents = q.value(2).toLongLong();
        row.transfer.currency = q.value(3).toString();
        row.transfer.created = instant::parseMs(q.value(4).toString()).value_or(0) / 1000 + 2 * 86400;
        row.paid = q.value(5).toString() == u"paid";
        if (row.paid) {
            // Paid by the first Monday 06:00 payout at or after its transfer: the rule
            // GET /api/payments/payouts reads the history by.
            const QDate day = QDateTime::fromSecsSinceEpoch(row.transfer.created, QTimeZone::utc()).date();
            qint64 created = QDateTime(day.addDays(1 - day.dayOfWeek()), QTime(6, 0), QTimeZone::utc())
                                 .toSecsSinceEpoch();
            if (created < row.transfer.created)
                created += 7 * 86400;
            WeekPayout &payout
                = payouts[row.transfer.destination + QLatin1Char('|') + QString::number(created)];
            payout.account = row.transfer.destination;
            payout.created = created;
            payout.amount += row.transfer.amountCents;
            lastPayout[payout.account] = std::max(lastPayout.value(payout.account), created);
        }
        rows.append(row);
    }
    for (Row &row : rows) {
        // What is still in the balance came in after the last payout (Stripe pays out all
        // that is available), so a new payout, and only it, pays it.
        if (!row.paid)
            row.transfer.created
                = std::max(row.transfer.created, lastPayout.value(row.transfer.destination) + 60);
        if (!facts.recordTransfer(row.transfer)) {
            *error = QStringLiteral("could not record a demo transfer");
            return false;
        }
    }
    for (auto it = payouts.cbegin(); it != payouts.cend(); ++it) {
        const QString id = QStringLiteral("po_demo_%1_%2")
                               .arg(it->account.mid(5),
                                    QDateTime::fromSecsSinceEpoch(it->created, QTimeZone::utc())
                                        .toString(QStringLiteral("yyyyMMdd")));
        if (!facts.recordPayout({ id, it->account, it->amount, QStringLiteral("paid"), it->created,
                                  it->created + 2 * 86400 })) {
            *error = QStringLiteral("could not record a demo payout");
            return false;
        }
    }
    return true;
}

bool DemoSeeder::seedUsers(QString *error)
{
    for (const DemoAccount &account : kAccounts) {
        UserRecord record;
        record.user.id = QLatin1String(account.id);
        record.user.email = QLatin1String(account.email);
        record.user.name = QLatin1String(account.name);
        record.user.roles = { account.role };
        record.user.timeZone = QLatin1String(account.timeZone);
        record.passwordHash = PasswordHasher::hash(QLatin1String(kPassword));
        // Maya and Jonas finished payout onboarding; Priya still has requirements due.
        if (record.user.id == u"usr_priya") {
            record.stripeAccountId = QStringLiteral("acct_sandbox_priya");
            record.stripeAccountStatus = QStringLiteral("restricted");
            record.requirementsDue
                = { QStringLiteral("individual.verification.document"), QStringLiteral("external_account") };
        } else {
            record.stripeAccountId = QStringLiteral("acct_sandbox_") + record.user.id.mid(4);
            record.stripeAccountStatus = QStringLiteral("enabled");
            record.payoutsEnabled = true;
        }
        if (!m_users.insert(record)) {
            *error = QStringLiteral("could not insert demo user %1").arg(record.user.email);
            return false;
        }
    }
    int index = 1;
    // Students sign in too (studentN@demo.test, the same published password): tests act as
    // them. Each hash has its own salt, as every account's must; few iterations, since the
    // password is no secret and eight full-cost hashes would slow every demo start.
    for (const DemoStudent &student : kStudents) {
        UserRecord record;
        record.passwordHash = PasswordHasher::hash(QLatin1String(kPassword), 1000);
        record.user.id = QLatin1String(student.id);
        record.user.email = QStringLiteral("student%1@demo.test").arg(index++);
        record.user.name = QLatin1String(student.name);
        record.roleNames = { QStringLiteral("student") };
        record.user.timeZone = QLatin1String(student.timeZone);
        if (record.user.id == u"usr_ethan")
            record.emailStatus = QStringLiteral("bounced");
        if (!m_users.insert(record)) {
            *error = QStringLiteral("could not insert demo student %1").arg(record.user.email);
            return false;
        }
    }
    // Someone who signed up and has booked nothing yet (student9@demo.test): belongs to no
    // course, so their feeds, calendar and bookings are the empty ones. Kept out of kStudents,
    // which the bookings draw from.
    UserRecord newcomer;
    newcomer.passwordHash = PasswordHasher::hash(QLatin1String(kPassword), 1000);
    newcomer.user.id = QStringLiteral("usr_noah");
    newcomer.user.email = QStringLiteral("student%1@demo.test").arg(index);
    newcomer.user.name = QStringLiteral("Noah Park");
    newcomer.roleNames = { QStringLiteral("student") };
    newcomer.user.timeZone = QStringLiteral("Australia/Sydney");
    if (!m_users.insert(newcomer)) {
        *error = QStringLiteral("could not insert demo student %1").arg(newcomer.user.email);
        return false;
    }
    return true;
}

bool DemoSeeder::seedAvailability(QString *error)
{
    const QDate today = m_demoDate;
    Schedule maya;
    maya.name = QStringLiteral("Teaching hours");
    maya.timeZone = QStringLiteral("Europe/Berlin");
    for (int day = 1; day <= 5; ++day) {
        maya.weekly.append({ day, hours(9, 12) });
        maya.weekly.append({ day, hours(14, 17) });
    }
    maya.overrides.append({ today.addDays(9), {} }); // a closed day
    maya.overrides.append({ today.addDays(12), { hours(10, 13) } }); // shorter hours
    maya.blocks.append({ today.addDays(20), today.addDays(24), QStringLiteral("Conference") });

    Schedule jonas;
    jonas.name = QStringLiteral("Evenings and Saturdays");
    jonas.timeZone = QStringLiteral("Europe/Berlin");
    jonas.weekly = { { 2, hours(17, 21) }, { 4, hours(17, 21) }, { 6, hours(10, 14) } };
    jonas.overrides.append({ today.addDays(5), { hours(9, 11), hours(18, 20) } });

    Schedule priya;
    priya.name = QStringLiteral("New York hours");
    priya.timeZone = QStringLiteral("America/New_York");
    for (int day : { 1, 3, 5 }) {
        priya.weekly.append({ day, hours(8, 11) });
        priya.weekly.append({ day, hours(18, 21) });
    }
    priya.weekly.append({ 7, hours(10, 13) });
    priya.blocks.append({ today.addDays(14), today.addDays(16), QStringLiteral("Family visit") });

    const std::pair<const char *, Schedule *> all[]
        = { { "usr_maya", &maya }, { "usr_jonas", &jonas }, { "usr_priya", &priya } };
    for (const auto &[userId, schedule] : all) {
        if (!m_availability.save(QLatin1String(userId), *schedule)) {
            *error = QStringLiteral("could not save the availability of %1").arg(QLatin1String(userId));
            return false;
        }
    }
    return true;
}

bool DemoSeeder::seedCourses(QString *error)
{
    const QString now = nowRfc3339();
    for (const DemoCourse &course : kCourses) {
        if (!m_catalog.insertCourse(QLatin1String(course.id), QStringLiteral("usr_maya"),
                                    QLatin1String(course.title), QLatin1String(course.description), now)) {
            *error = QStringLiteral("could not insert course");
            return false;
        }
    }
    for (const DemoOffering &offering : kOfferings) {
        const DemoCourse &course = courseById(QLatin1String(offering.courseId));
        const QString teacher = QLatin1String(offering.teacherId);
        const QString role = teacher == u"usr_maya" ? QStringLiteral("creator") : QStringLiteral("st");
        m_catalog.addTeacher(QLatin1String(offering.courseId), teacher, role, now);
        const bool group = course.seats > 1;
        CatalogOffering row;
        row.courseId = QLatin1String(offering.courseId);
        row.teacherId = teacher;
        row.offering.id = QLatin1String(offering.id);
        row.offering.scheduleId = QStringLiteral("sch_") + teacher;
        row.offering.title = QLatin1String(course.title);
        row.offering.durationMinutes = course.durationMinutes;
        row.offering.slotIntervalMinutes = course.durationMinutes == 45 ? 15 : 30;
        row.offering.bufferBeforeMinutes = group ? 15 : 10;
        row.offering.bufferAfterMinutes = group ? 15 : 5;
        row.offering.minimumNoticeMinutes = group ? 24 * 60 : 12 * 60;
        row.offering.bookingWindowDays = group ? 45 : 60;
        row.offering.maxPerDay = group ? 2 : 4;
        row.offering.maxPerWeek = group ? 6 : 15;
        row.offering.seats = course.seats;
        row.offering.priceCents = course.priceCents;
        row.offering.currency = QStringLiteral("EUR");
        if (!m_catalog.insertOffering(row)) {
            *error = QStringLiteral("could not insert offering");
            return false;
        }
    }
    return true;
}

// The walk through the demo calendar: one random sequence and the running id numbers.
struct DemoSeeder::Walk
{
    QRandomGenerator rng { 20251226 };
    qint64 now = 0; // the clock's now, epoch seconds
    int sessionNo = 0;
    int enrollmentNo = 0;
    int attendanceNo = 0;

    QString nextAttendanceId()
    {
        return QStringLiteral("att_%1").arg(++attendanceNo, 5, 10, QLatin1Char('0'));
    }
};

namespace {

// How a demo session turned out, by a roll of 0-99: the first row whose bound the roll is
// under. Past sessions: 12% cancelled, 10% no-shows, the rest completed; upcoming ones: 6%
// cancelled.
struct Outcome
{
    int rollBelow;
    const char *status;
};
const Outcome kPastOutcomes[] = { { 12, "cancelled" }, { 22, "no_show" }, { 100, "completed" } };
const Outcome kUpcomingOutcomes[] = { { 6, "cancelled" }, { 100, "scheduled" } };

template<std::size_t N> QString outcomeOf(const Outcome (&table)[N], int roll)
{
    for (const Outcome &row : table) {
        if (roll < row.rollBelow)
            return QLatin1String(row.status);
    }
    return QLatin1String(table[N - 1].status);
}

} // namespace

// 60 days of sessions before the demo date and 30 days after it. A fixed seed keeps the world
// the same on every run (relative to the demo date), which docs and screenshots rely on.
bool DemoSeeder::seedSessions(QString *error)
{
    Walk walk;
    walk.now = Clock::nowSecs();
    for (int dayOffset = -60; dayOffset <= 30; ++dayOffset) {
        for (const DemoOffering &offering : kOfferings) {
            if (!seedDay(walk, dayOffset, offering, error))
                return false;
        }
    }
    qCInfo(lcDemo) << "seeded" << walk.sessionNo << "sessions," << walk.enrollmentNo << "bookings";
    return true;
}

bool DemoSeeder::seedDay(Walk &walk, int dayOffset, const DemoOffering &offering, QString *error)
{
    QRandomGenerator &rng = walk.rng;
    const QDate date = m_demoDate.addDays(dayOffset);
    const QString teacherId = QLatin1String(offering.teacherId);
    const auto schedule = m_availability.forUser(teacherId);
    if (!schedule)
        return true;
    const QTimeZone zone(zoneOf(teacherId));
    const QList<LocalInterval> intervals = schedule->schedule.intervalsOn(date);
    // About one session every three days per offering, on the teacher's hours.
    if (intervals.isEmpty() || rng.bounded(100) >= 33)
        return true;
    const DemoCourse &course = courseById(QLatin1String(offering.courseId));
    const LocalInterval &interval = intervals.at(rng.bounded(int(intervals.size())));
    const int room = interval.endMinute - interval.startMinute - course.durationMinutes;
    if (room < 0)
        return true;
    const int startMinute = interval.startMinute + (room / 30 > 0 ? 30 * rng.bounded(room / 30 + 1) : 0);
    const QDateTime localStart(date, QTime(startMinute / 60, startMinute % 60), zone);
    const qint64 start = localStart.toSecsSinceEpoch();
    const qint64 end = start + course.durationMinutes * 60;
    // Two offerings of one teacher must not collide.
    if (!m_sessions.busyFor(teacherId, start - 1800, end + 1800).isEmpty())
        return true;

    NewSession session;
    session.id = QStringLiteral("ses_%1").arg(++walk.sessionNo, 4, 10, QLatin1Char('0'));
    session.courseId = QLatin1String(offering.courseId);
    session.offeringId = QLatin1String(offering.id);
    session.teacherId = teacherId;
    session.startMs = start * 1000;
    session.endMs = end * 1000;
    session.seats = course.seats;
    session.bufferBeforeMinutes = course.seats > 1 ? 15 : 10;
    session.bufferAfterMinutes = course.seats > 1 ? 15 : 5;
    const bool past = end < walk.now;
    const int roll = rng.bounded(100);
    const QString status = past ? outcomeOf(kPastOutcomes, roll) : outcomeOf(kUpcomingOutcomes, roll);
    if (!m_sessions.insert(session)) {
        *error = QStringLiteral("could not insert session");
        return false;
    }
    const QString &sessionId = session.id;
    if (status == u"cancelled") {
        m_sessions.seedCancelled(sessionId, instant::toUtcStringSecs(std::min(walk.now, start) - 86400),
                                 QStringLiteral("Student cancelled"));
    } else if (status != u"scheduled") {
        m_sessions.seedHeld(sessionId, status, QStringLiteral("room_") + sessionId,
                            QStringLiteral("RM_") + sessionId);
        if (status == u"completed" && rng.bounded(100) < 50) {
            m_sessions.seedRecording(sessionId, QStringLiteral("available"),
                                     QStringLiteral("/sandbox/recordings/%1.mp4").arg(sessionId),
                                     course.durationMinutes * 60 - 120);
        } else if (status == u"completed" && dayOffset >= -1) {
            m_sessions.seedRecording(sessionId, QStringLiteral("processing"));
        }
    }

    // Students: one for 1:1 courses, one to three for group courses.
    const int studentCount = int(std::size(kStudents));
    const int students = course.seats > 1 ? 1 + rng.bounded(3) : 1;
    const int firstStudent = rng.bounded(studentCount);
    if (past && status != u"cancelled") {
        // The teacher's own attendance row.
        const qint64 joined = start - 120;
        const qint64 left = end + 60;
        m_attendance.insertVisit(walk.nextAttendanceId(), sessionId, teacherId,
                                 instant::toUtcStringSecs(joined), instant::toUtcStringSecs(left),
                                 left - joined);
    }
    for (int s = 0; s < students; ++s) {
        const QString studentId = QLatin1String(kStudents[(firstStudent + s) % studentCount].id);
        if (!seedBooking(walk, session, course.priceCents, status, studentId, s == 0, error))
            return false;
    }
    return true;
}

bool DemoSeeder::seedBooking(Walk &walk, const NewSession &session, qint64 priceCents, const QString &status,
                             const QString &studentId, bool firstStudent, QString *error)
{
    QRandomGenerator &rng = walk.rng;
    const qint64 now = walk.now;
    const qint64 start = session.startMs / 1000;
    const qint64 end = session.endMs / 1000;
    const bool past = end < now;
    const QString enrollmentId = QStringLiteral("enr_%1").arg(++walk.enrollmentNo, 5, 10, QLatin1Char('0'));
    const QString transactionId = QStringLiteral("txn_%1").arg(walk.enrollmentNo, 5, 10, QLatin1Char('0'));
    const qint64 bookedAt = std::min(now, start) - (2 + rng.bounded(10)) * 86400;
    const bool cancelled = status == u"cancelled";
    m_bookings.insertEnrollment({ enrollmentId, session.courseId, studentId, session.id,
                                  cancelled ? QStringLiteral("refunded") : QStringLiteral("active"),
                                  instant::toUtcStringSecs(bookedAt) });
    BookingStore::Transaction transaction;
    transaction.id = transactionId;
    transaction.enrollmentId = enrollmentId;
    transaction.studentId = studentId;
    transaction.amountCents = priceCents;
    transaction.currency = QStringLiteral("EUR");
    transaction.checkoutSessionId = QStringLiteral("cs_sandbox_") + transactionId;
    transaction.paymentIntentId = QStringLiteral("pi_sandbox_") + transactionId;
    transaction.chargeId = QStringLiteral("ch_sandbox_") + transactionId;
    transaction.status = cancelled ? QStringLiteral("refunded") : QStringLiteral("succeeded");
    transaction.createdAt = instant::toUtcStringSecs(bookedAt);
    if (cancelled)
        transaction.refundedAt = instant::toUtcStringSecs(std::min(now, start) - 86400);
    m_bookings.insertTransaction(transaction);
    SplitStore::Charge charge { transactionId,
                                enrollmentId,
                                session.id,
                                session.courseId,
                                QStringLiteral("usr_maya"),
                                session.teacherId,
                                priceCents,
                                QStringLiteral("EUR"),
                                QStringLiteral("spl_") + transactionId.mid(4) };
    if (!m_splits.createForCharge(charge)) {
        *error = QStringLiteral("could not create splits");
        return false;
    }
    // Splits carry the booking time, so earnings group by when the money came in.
    m_splits.setCreatedAtOfTransaction(transactionId, instant::toUtcStringSecs(bookedAt));
    // Move money on: refunds reverse, older charges are transferred, then paid out.
    // Priya's account is restricted, so her own share waits as pending.
    const qint64 age = now - start;
    for (const char *type : { "creator", "st", "platform" }) {
        const QString splitId = charge.idPrefix + QLatin1Char('_') + QLatin1String(type);
        const QString recipient = QLatin1String(type) == QLatin1String("creator") ? QStringLiteral("usr_maya")
                                                                                  : session.teacherId;
        QString splitStatus;
        if (cancelled)
            splitStatus = QStringLiteral("reversed");
        else if (QLatin1String(type) != QLatin1String("platform") && recipient == u"usr_priya")
            splitStatus = QString();
        else if (age > 14 * 86400)
            splitStatus = QStringLiteral("paid");
        else if (age > 2 * 86400)
            splitStatus = QStringLiteral("transferred");
        if (!splitStatus.isEmpty())
            m_splits.setStatus(splitId, splitStatus, QStringLiteral("tr_sandbox_") + splitId.mid(4));
    }
    if (past && status == u"completed" && (firstStudent || rng.bounded(100) < 80)) {
        const qint64 joined = start + 60 * rng.bounded(6);
        const qint64 left = end - 60 * rng.bounded(4);
        m_attendance.insertVisit(walk.nextAttendanceId(), session.id, studentId,
                                 instant::toUtcStringSecs(joined), instant::toUtcStringSecs(left),
                                 left - joined);
    }
    return true;
}

} // namespace companion::server
