#pragma once

#include <QJsonObject>
#include <QString>

namespace companion::server::jsonfield {

// Lenient reads of a provider's JSON (Stripe's events and objects): a missing or mistyped
// field reads as "" or 0, which the event handlers treat as "not given". models/JsonReader
// is the strict reader of our own API's JSON.
QString text(const QJsonObject &object, const char *key);
qint64 integer(const QJsonObject &object, const char *key);

} // namespace companion::server::jsonfield
