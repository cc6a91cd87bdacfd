#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace companion {

// A teaching session as the sync API describes it (`GET /api/sessions` items).
// The full JSON is kept so new server fields survive a round trip through the cache.
struct Session
{
    enum class Status { Scheduled, Completed, NoShow, Cancelled };

    // Who booked (only in the teacher's and the course creator's view; cached with the
    // session, so the class list is there offline).
    struct Student
    {
        enum class Payment { Paid, PartiallyRefunded, Refunded, None };
        QString id;
        QString name;
        QString timeZone; // the student's IANA zone
        bool active = true; // enrollment still active (not cancelled or refunded)
        Payment payment = Payment::Paid;
    };

    QString id;
    QString courseId;
    QString courseTitle;
    QString offeringId;
    QString teacherId;
    QString teacherName;
    QString timeZone; // the teacher's IANA zone
    QDateTime start; // UTC
    QDateTime end; // UTC
    Status status = Status::Scheduled;
    int seats = 1;
    int bookedSeats = 0;
    QString viewerRole; // teacher | course_creator | student
    qint64 priceCents = 0;
    QString currency;
    QString roomId;
    QString courseCreatorId; // "" in caches older than the field
    int version = 0; // goes up when the time or the status changes (an ICS SEQUENCE)
    QList<Student> students;
    bool studentsKnown = false; // false in a student's view and in caches older than the field
    QString cancelReason;
    QDateTime updatedAt;
    QJsonObject json;

    static QString statusToString(Status status);
    // Validates every field the client relies on; on failure returns nullopt and
    // names the first bad field in `error`.
    static std::optional<Session> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace companion
