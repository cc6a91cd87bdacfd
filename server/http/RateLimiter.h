#pragma once

#include <QHash>
#include <QString>

namespace companion::server {

// Token bucket per key (an access token family, or a client address before sign-in).
// A bucket holds `perMinute` requests and refills continuously.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute); // 0 disables limiting

    // True when the request may proceed; otherwise sets retryAfterSeconds (>= 1).
    bool allow(const QString &key, qint64 nowMs, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
};

} // namespace companion::server
