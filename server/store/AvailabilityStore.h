#pragma once

#include "models/schedule/Schedule.h"

#include <QString>

#include <optional>

namespace companion::server {

class Database;

// A teacher's schedule in the availability_* tables, with an optimistic-concurrency version.
class AvailabilityStore
{
public:
    explicit AvailabilityStore(Database &db);

    struct Versioned
    {
        Schedule schedule;
        int version = 0;
        QString updatedAt;
    };
    std::optional<Versioned> forUser(const QString &userId);
    std::optional<Versioned> byId(const QString &scheduleId);
    // Replaces the user's schedule (creating it if missing) and bumps its version.
    std::optional<Versioned> save(const QString &userId, const Schedule &schedule);

private:
    std::optional<Versioned> load(const QString &where, const QString &value);

    Database &m_db;
};

} // namespace companion::server
