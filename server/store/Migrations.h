#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace companion::server {

// One schema step. Migration N (1-based) brings `PRAGMA user_version` from N-1 to N.
// Never edit a released migration; append a new one.
struct Migration
{
    QString name;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace companion::server
