#pragma once

#include <QStringList>

namespace companion::server {

class Database;
class UserStore;

// Seeds the deterministic demo world. Running it again on a seeded database changes nothing.
class DemoSeeder
{
public:
    static constexpr const char *kPassword = "demo1234";

    DemoSeeder(Database &db, UserStore &users);
    bool seed(QString *error);
    // One line per demo account, as printed at start.
    static QStringList accountLines();

private:
    bool seedUsers(QString *error);

    Database &m_db;
    UserStore &m_users;
};

} // namespace companion::server
