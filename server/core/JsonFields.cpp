#include "server/core/JsonFields.h"

namespace companion::server::jsonfield {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &object, const char *key)
{
    return static_cast<qint64>(object.value(QLatin1String(key)).toDouble());
}

} // namespace companion::server::jsonfield
