#include "server/core/JsonFields.h"

namespace companion::server::jsonfield {

namespace {

// Converting a double outside qint64's range is undefined behaviour: such a number reads as
// "not given", like any other field that does not fit.
qint64 truncated(double number)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    return number > -limit && number < limit ? static_cast<qint64>(number) : 0;
}

} // namespace

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &object, const char *key)
{
    return truncated(object.value(QLatin1String(key)).toDouble());
}

qint64 int64(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : truncated(value.toDouble());
}

} // namespace companion::server::jsonfield
