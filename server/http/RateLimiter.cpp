#include "server/http/RateLimiter.h"

#include <cmath>

namespace companion::server {

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(perMinute)
{ }

bool RateLimiter::allow(const QString &key, qint64 nowMs, int *retryAfterSeconds)
{
    if (m_perMinute <= 0)
        return true;
    const double capacity = m_perMinute;
    const double perMs = capacity / 60000.0;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 10000)
            m_buckets.clear(); // bounded memory; forgetting buckets only ever lets requests through
        it = m_buckets.insert(key, Bucket { capacity, nowMs });
    }
    Bucket &bucket = it.value();
    bucket.tokens = std::min(capacity, bucket.tokens + (nowMs - bucket.updatedMs) * perMs);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, static_cast<int>(std::ceil((1.0 - bucket.tokens) / perMs / 1000.0)));
    return false;
}

} // namespace companion::server
