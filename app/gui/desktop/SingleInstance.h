#pragma once

#include <QJsonObject>
#include <QLocalServer>
#include <QObject>

namespace companion {

// One Companion window per profile. The first instance listens on a local socket in the
// user's runtime directory (owner-only, unlike a Linux abstract socket, which any local user
// could reach); a later launch for the same profile hands its request (the companion:// links
// it was given, "sync now") to it and exits. Two launches at once: one wins the listen, the
// other forwards to it.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileDirectory, QObject *parent = nullptr);

    // The request of this launch, for the running instance.
    struct Request
    {
        QStringList links;
        bool syncNow = false;

        QJsonObject toJson() const;
        static Request fromJson(const QJsonObject &json);
    };

    enum class Role { Primary, Forwarded, Failed };
    // Hands `request` to a running instance (Forwarded), or becomes the running instance
    // (Primary); Failed with `error` when neither works. Blocks a few seconds at most: it
    // runs once, before any window exists.
    Role start(const Request &request, QString *error);
    QString socketPath() const { return m_path; }

Q_SIGNALS:
    void requested(const companion::SingleInstance::Request &request);

private:
    bool forward(const Request &request, int timeoutMs = 3000) const;
    void accept();

    QString m_path;
    QLocalServer m_server;
};

} // namespace companion
