#include "server/DemoSeeder.h"

#include "server/Database.h"
#include "server/Logging.h"
#include "server/PasswordHasher.h"
#include "server/UserStore.h"

namespace companion::server {

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

} // namespace

DemoSeeder::DemoSeeder(Database &db, UserStore &users)
    : m_db(db)
    , m_users(users)
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
    m_db.transaction();
    if (!seedUsers(error)) {
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
        if (!m_users.insert(record)) {
            *error = QStringLiteral("could not insert demo user %1").arg(record.user.email);
            return false;
        }
    }
    return true;
}

} // namespace companion::server
