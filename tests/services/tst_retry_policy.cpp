// RetryPolicy without a server: what each failure means (offline, signed out, server
// trouble) and the back-off, with a fixed random source so the jitter is exact.
#include "services/sync/RetryPolicy.h"

#include <QTest>

using namespace companion;

namespace {

ApiResponse networkError()
{
    return ApiResponse::networkError(QStringLiteral("Connection refused"));
}

ApiResponse httpError(int status, int retryAfterSeconds = -1)
{
    ApiResponse response;
    response.kind = ApiResponse::Kind::HttpError;
    response.httpStatus = status;
    response.retryAfterSeconds = retryAfterSeconds;
    return response;
}

// Always the same point of the jitter range: 0 = -25%, bound-1 ≈ +25%, bound/2 = none.
RetryPolicy::RandomSource fixed(double fraction)
{
    return [fraction](quint32 bound) { return quint32(fraction * (bound - 1)); };
}

} // namespace

Q_DECLARE_METATYPE(companion::ApiResponse)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkErrorsAreOfflineAndRetried()
    {
        const RetryPolicy policy(fixed(0.5));
        const auto decision = policy.decide(networkError(), 1);
        QCOMPARE(decision.failure, RetryPolicy::Failure::Offline);
        QVERIFY(!decision.online);
        QVERIFY(decision.retry);
        QVERIFY(decision.delayMs >= 1500 && decision.delayMs <= 2500);
    }

    void signedOutIsNeverRetried()
    {
        const auto decision = RetryPolicy(fixed(0.5)).decide(httpError(401), 3);
        QCOMPARE(decision.failure, RetryPolicy::Failure::AuthFailed);
        QVERIFY(decision.online);
        QVERIFY(!decision.retry);
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        const RetryPolicy policy(fixed(0.5));
        const auto decision = policy.decide(httpError(429, 7), 5);
        QCOMPARE(decision.failure, RetryPolicy::Failure::ServerError);
        QVERIFY(decision.online);
        QVERIFY(decision.retry);
        QCOMPARE(decision.delayMs, 7000);
        // Without Retry-After: the ordinary back-off.
        QCOMPARE(policy.decide(httpError(429), 2).delayMs, policy.backoffMs(2));
    }

    void otherFailuresAreServerErrorsWithBackoff_data()
    {
        QTest::addColumn<ApiResponse>("response");
        QTest::newRow("500") << httpError(500);
        QTest::newRow("503") << httpError(503);
        QTest::newRow("409") << httpError(409);
        QTest::newRow("invalid body") << ApiResponse::invalidResponse(200, QStringLiteral("bad"));
    }
    void otherFailuresAreServerErrorsWithBackoff()
    {
        QFETCH(ApiResponse, response);
        const RetryPolicy policy(fixed(0));
        const auto decision = policy.decide(response, 3);
        QCOMPARE(decision.failure, RetryPolicy::Failure::ServerError);
        QVERIFY(decision.online);
        QVERIFY(decision.retry);
        QCOMPARE(decision.delayMs, 8000 - 2000); // 8 s, -25%
    }

    void backoffDoublesUpToFiveMinutes()
    {
        const RetryPolicy low(fixed(0)), middle([](quint32 bound) { return bound / 2 - 0; });
        // Without jitter (the middle of the range): 2, 4, 8 … s, capped at 300 s.
        QCOMPARE(middle.backoffMs(1), 2000);
        QCOMPARE(middle.backoffMs(2), 4000);
        QCOMPARE(middle.backoffMs(3), 8000);
        QCOMPARE(middle.backoffMs(8), 256'000);
        QCOMPARE(middle.backoffMs(9), RetryPolicy::MaxDelayMs);
        QCOMPARE(middle.backoffMs(50), RetryPolicy::MaxDelayMs);
        QCOMPARE(middle.backoffMs(0), 2000); // never below the first step
        // Jitter stays within ±25%.
        QCOMPARE(low.backoffMs(1), 1500);
        const RetryPolicy high(fixed(1));
        QCOMPARE(high.backoffMs(1), 2000 + 499);
        QCOMPARE(high.backoffMs(50), 300'000 + 74'999);
    }

    void defaultRandomSourceJittersWithinRange()
    {
        const RetryPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const int delay = policy.backoffMs(4);
            QVERIFY2(delay >= 12'000 && delay < 20'000, qPrintable(QString::number(delay)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
