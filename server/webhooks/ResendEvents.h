#pragma once

#include "server/store/UserStore.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace companion::server {

class Database;

// Applies one verified Resend (Svix) event to the recipient's users.email_status:
// bounced, complained, failed, or active again after a delivery. The newest event (by its
// created_at) wins, so a late older event cannot overwrite a newer status.
class ResendEvents
{
public:
    explicit ResendEvents(Database &db);
    std::optional<QString> apply(const QJsonObject &event);

private:
    UserStore m_users;
};

} // namespace companion::server
