#pragma once

#include "models/schedule/Offering.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace companion::server {

class Database;

// One offering with what the platform needs around it: its course and who teaches it.
struct CatalogOffering
{
    Offering offering;
    QString courseId;
    QString courseTitle;
    QString teacherId;
    QString creatorId; // the course's creator
};

// One course feed a user belongs to, and as whom.
struct CourseFeedMembership
{
    enum class Role { Student, Teacher, Creator };
    QString courseId;
    QString courseTitle;
    Role role = Role::Student;
};

// Courses and their offerings (the seed's catalog): what is bookable, at what price, and
// who belongs to a course. Only the demo seeder writes them.
class CatalogStore
{
public:
    explicit CatalogStore(Database &db);

    // The active offerings `teacherId` teaches, by course title.
    QList<CatalogOffering> activeOfferingsOf(const QString &teacherId);
    // One active offering, if `teacherId` teaches it.
    std::optional<CatalogOffering> activeOffering(const QString &offeringId, const QString &teacherId);
    // Any offering, active or not (a booking paid for earlier still names it). `*failed`,
    // if given, tells a database error apart from an unknown id.
    std::optional<CatalogOffering> offering(const QString &offeringId, bool *failed = nullptr);
    // Every course whose feed `userId` belongs to, by title, with the strongest role held:
    // creator over teacher over student.
    QList<CourseFeedMembership> courseFeedsOf(const QString &userId);

    // The demo seed's catalog.
    bool insertCourse(const QString &id, const QString &creatorId, const QString &title,
                      const QString &description, const QString &createdAt);
    // An approved teacher of the course; a second call changes nothing.
    bool addTeacher(const QString &courseId, const QString &userId, const QString &role,
                    const QString &approvedAt);
    bool insertOffering(const CatalogOffering &row);

private:
    QList<CatalogOffering> select(const QString &where, const QVariantList &bindings, bool *failed = nullptr);

    Database &m_db;
};

} // namespace companion::server
