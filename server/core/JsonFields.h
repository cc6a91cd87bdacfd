#pragma once

#include <QJsonObject>
#include <QString>

namespace companion::server::jsonfield {

// Lenient reads of a provider's JSON (Stripe's events and objects): a missing or mistyped
// field reads as "" or 0, which the event handlers treat as "not given". models/JsonReader
// is the strict reader of our own API's JSON.
QString text(const QJsonObject &object, const char *key);
// A number's integer part (45.5 reads as 45); 0 also for numbers beyond qint64.
qint64 integer(const QJsonObject &object, const char *key);
// proto3 JSON's int64 (PlugNmeet's times): a string of digits or a number; 0 when neither fits.
qint64 int64(const QJsonValue &value);

} // namespace companion::server::jsonfield
