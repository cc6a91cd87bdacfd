#pragma once

#include "server/store/AttendanceStore.h"
#include "server/store/BookingStore.h"
#include "server/store/CatalogStore.h"

#include <QDate>
#include <QStringList>

namespace companion::server {

class AvailabilityStore;
struct DemoOffering;
struct NewSession;
class Database;
class SessionStore;
class SplitStore;
class UserStore;

// Seeds the deterministic demo world around `demoDate` (60 days before it to 30 days after;
// sessions before the clock's now are past). The same date and clock give the same world.
// Running it again on a seeded database changes nothing.
class DemoSeeder
{
public:
    static constexpr const char *kPassword = "demo1234";

    DemoSeeder(Database &db, UserStore &users, AvailabilityStore &availability, SessionStore &sessions,
               SplitStore &splits, QDate demoDate);
    bool seed(QString *error);
    // One line per demo account, as printed at start.
    static QStringList accountLines();

private:
    bool seedUsers(QString *error);
    bool seedCourses(QString *error);
    bool seedAvailability(QString *error);
    bool seedSessions(QString *error);
    bool seedStripeFacts(QString *error);
    struct Walk;
    // One offering on one day of the walk: maybe a session, its outcome and its bookings.
    bool seedDay(Walk &walk, int dayOffset, const DemoOffering &offering, QString *error);
    bool seedBooking(Walk &walk, const NewSession &session, qint64 priceCents, const QString &status,
                     const QString &studentId, bool firstStudent, QString *error);

    Database &m_db;
    CatalogStore m_catalog;
    BookingStore m_bookings;
    AttendanceStore m_attendance;
    UserStore &m_users;
    AvailabilityStore &m_availability;
    SessionStore &m_sessions;
    SplitStore &m_splits;
    QDate m_demoDate;
};

} // namespace companion::server
