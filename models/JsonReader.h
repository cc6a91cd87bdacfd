#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace companion {

// Reads typed fields out of a server JSON object and remembers the first
// problem, so a parser reads every field in order and checks ok() once.
// A wrong type is an error, never a silent default.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString context)
        : m_object(object)
        , m_context(std::move(context))
    { }

    QString string(const char *key);
    // null or missing → empty string; any other non-string → error.
    QString optionalString(const char *key);
    qint64 integer(const char *key);
    bool boolean(const char *key);
    QDateTime instant(const char *key); // RFC 3339 → UTC
    QDateTime optionalInstant(const char *key);
    QString oneOf(const char *key, const QStringList &allowed);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(const char *key, const QString &what);

    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

} // namespace companion
