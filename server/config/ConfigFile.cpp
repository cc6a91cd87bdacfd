#include "server/config/ConfigFile.h"

#include <QFile>
#include <QStringList>

namespace companion::server {

const QStringList &ConfigFile::knownKeys()
{
    static const QStringList keys {
        QStringLiteral("PLUGNMEET_URL"),
        QStringLiteral("PLUGNMEET_API_KEY"),
        QStringLiteral("PLUGNMEET_API_SECRET"),
        QStringLiteral("STRIPE_API_URL"),
        QStringLiteral("STRIPE_SECRET_KEY"),
        QStringLiteral("STRIPE_WEBHOOK_SECRET"),
        QStringLiteral("STRIPE_CONNECT_WEBHOOK_SECRET"),
        QStringLiteral("RESEND_API_URL"),
        QStringLiteral("RESEND_API_KEY"),
        QStringLiteral("RESEND_WEBHOOK_SECRET"),
        QStringLiteral("STREAM_API_URL"),
        QStringLiteral("STREAM_API_KEY"),
        QStringLiteral("STREAM_API_SECRET"),
        QStringLiteral("PUBLIC_URL"),
        QStringLiteral("LISTEN_ADDRESS"),
        QStringLiteral("PORT"),
        QStringLiteral("DATA_DIR"),
        QStringLiteral("TRUSTED_PROXIES"),
        QStringLiteral("WEBHOOK_HOSTS"),
        QStringLiteral("RETURN_ORIGINS"),
    };
    return keys;
}

std::optional<QHash<QString, QString>> ConfigFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the configuration file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QHash<QString, QString> values;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        if (equals < 1 || !knownKeys().contains(key)) {
            *error = QStringLiteral("%1:%2: expected KEY=VALUE with one of %3")
                         .arg(path)
                         .arg(number)
                         .arg(knownKeys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        values.insert(key, line.mid(equals + 1).trimmed());
    }
    return values;
}

} // namespace companion::server
