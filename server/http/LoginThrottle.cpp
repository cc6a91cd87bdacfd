#include "server/http/LoginThrottle.h"

#include <algorithm>
#include <cmath>

namespace companion::server {

QString LoginThrottle::accountKey(const QString &account)
{
    return account.trimmed().toLower();
}

qint64 LoginThrottle::blockedUntil(QHash<QString, Record> &records, const QString &key, qint64 nowMs)
{
    const auto it = records.find(key);
    if (it == records.end())
        return 0;
    if (nowMs - it->lastFailureMs > forgetAfterMs && it->blockedUntilMs <= nowMs) {
        records.erase(it);
        return 0;
    }
    return it->blockedUntilMs;
}

int LoginThrottle::waitSeconds(const QString &account, const QString &client, qint64 nowMs)
{
    const qint64 until = std::max(blockedUntil(m_accounts, accountKey(account), nowMs),
                                  blockedUntil(m_clients, client, nowMs));
    if (until <= nowMs)
        return 0;
    return static_cast<int>((until - nowMs + 999) / 1000);
}

void LoginThrottle::recordFailure(Record &record, const Policy &policy, qint64 nowMs)
{
    if (record.failures > 0 && nowMs - record.lastFailureMs > forgetAfterMs)
        record = Record();
    ++record.failures;
    record.lastFailureMs = nowMs;
    if (record.failures >= policy.lockoutAfter) {
        record.blockedUntilMs = nowMs + policy.lockoutMs;
    } else if (record.failures > policy.freeFailures) {
        const int doublings = std::min(record.failures - policy.freeFailures - 1, 30);
        record.blockedUntilMs
            = nowMs + std::min(policy.maxDelayMs, policy.firstDelayMs * (qint64(1) << doublings));
    }
}

void LoginThrottle::failed(const QString &account, const QString &client, qint64 nowMs)
{
    recordFailure(m_accounts[accountKey(account)], kAccount, nowMs);
    recordFailure(m_clients[client], kClient, nowMs);
    // Bounded memory under a spray of made-up e-mails or addresses: drop what has faded.
    for (QHash<QString, Record> *records : { &m_accounts, &m_clients }) {
        if (records->size() <= 100'000)
            continue;
        for (auto it = records->begin(); it != records->end();)
            it = nowMs - it->lastFailureMs > forgetAfterMs && it->blockedUntilMs <= nowMs ? records->erase(it)
                                                                                          : std::next(it);
    }
}

void LoginThrottle::succeeded(const QString &account)
{
    m_accounts.remove(accountKey(account));
}

} // namespace companion::server
