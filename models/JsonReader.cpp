#include "models/JsonReader.h"

#include "models/time/InstantFormat.h"

#include <QJsonValue>
#include <QTimeZone>

namespace companion {

void JsonReader::fail(const char *key, const QString &what)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1.%2 %3").arg(m_context, QLatin1String(key), what);
}

QString JsonReader::string(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isString()) {
        fail(key, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("is not a string"));
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("is not a string"));
        return {};
    }
    return value.toString();
}

qint64 JsonReader::integer(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    // JSON numbers are doubles; accept only exact integers (money is integer cents).
    if (!value.isDouble() || value.toDouble() != double(value.toInteger())) {
        fail(key, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("is not an integer"));
        return 0;
    }
    return value.toInteger();
}

bool JsonReader::boolean(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isBool()) {
        fail(key, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("is not a boolean"));
        return false;
    }
    return value.toBool();
}

QDateTime JsonReader::instant(const char *key)
{
    const QString text = string(key);
    if (!m_object.value(QLatin1String(key)).isString())
        return {}; // string() named the problem; "" goes on to be refused below
    // The one RFC 3339 parser (models/InstantFormat.h): an offset is required, fractions
    // are kept to the millisecond.
    const std::optional<qint64> ms = instant::parseMs(text);
    if (!ms) {
        fail(key, QStringLiteral("is not an RFC 3339 instant"));
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc());
}

QDateTime JsonReader::optionalInstant(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull() || value == QJsonValue(QString()))
        return {}; // "" says "not given" as null does
    return instant(key);
}

QString JsonReader::oneOf(const char *key, const QStringList &allowed)
{
    const QString value = string(key);
    if (ok() && !allowed.contains(value))
        fail(key, QStringLiteral("has the unknown value \"%1\"").arg(value));
    return value;
}

} // namespace companion
