#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace companion::server {

// A production configuration file: one KEY=VALUE per line, '#' starts a comment line, the
// keys of the environment (PLUGNMEET_URL, STRIPE_SECRET_KEY, …) and of the options
// (PUBLIC_URL, LISTEN_ADDRESS, …). Its values override the process environment; options
// given on the command line override it. Unknown keys are an error, so a typo never
// silently leaves a secret at its built-in value.
class ConfigFile
{
public:
    static const QStringList &knownKeys();
    // The file's values; nullopt with `error` set on any problem.
    static std::optional<QHash<QString, QString>> read(const QString &path, QString *error);
};

} // namespace companion::server
