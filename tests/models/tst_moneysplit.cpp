// The platform's money rule: 85/15 creator-taught, 70/15/15 S-T-taught, floor shares,
// remainder to the platform, exact sums.
#include "models/money/MoneySplit.h"

#include <QTest>

using namespace companion;

class TestMoneySplit : public QObject
{
    Q_OBJECT

private slots:
    void examples_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("teaching"); // 0 creator-taught, 1 S-T-taught
        QTest::addColumn<qint64>("st");
        QTest::addColumn<qint64>("creator");
        QTest::addColumn<qint64>("platform");
        QTest::newRow("creator 100.00") << qint64(10000) << 0 << qint64(0) << qint64(8500) << qint64(1500);
        QTest::newRow("st 100.00") << qint64(10000) << 1 << qint64(7000) << qint64(1500) << qint64(1500);
        QTest::newRow("creator 0.99") << qint64(99) << 0 << qint64(0) << qint64(84) << qint64(15);
        QTest::newRow("st 0.99") << qint64(99) << 1 << qint64(69) << qint64(14) << qint64(16);
        QTest::newRow("st 0.01") << qint64(1) << 1 << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("creator 0.01") << qint64(1) << 0 << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("st 45.00") << qint64(4500) << 1 << qint64(3150) << qint64(675) << qint64(675);
        QTest::newRow("zero") << qint64(0) << 1 << qint64(0) << qint64(0) << qint64(0);
    }

    void examples()
    {
        QFETCH(qint64, amount);
        QFETCH(int, teaching);
        QFETCH(qint64, st);
        QFETCH(qint64, creator);
        QFETCH(qint64, platform);
        const MoneySplit split = MoneySplit::compute(
            amount, teaching == 0 ? TeachingCase::CreatorTaught : TeachingCase::StudentTeacherTaught);
        QCOMPARE(split.shareOf(SplitRecipient::StudentTeacher), st);
        QCOMPARE(split.shareOf(SplitRecipient::Creator), creator);
        QCOMPARE(split.shareOf(SplitRecipient::Platform), platform);
        QCOMPARE(split.total(), amount);
    }

    // Property: for every amount 1..100000 and both cases, each share is non-negative, each
    // non-platform share is exactly floor(amount × pct / 100), and the sum is exact.
    void propertyAllAmounts()
    {
        for (const TeachingCase teaching :
             { TeachingCase::CreatorTaught, TeachingCase::StudentTeacherTaught }) {
            for (qint64 amount = 1; amount <= 100000; ++amount) {
                const MoneySplit split = MoneySplit::compute(amount, teaching);
                qint64 sum = 0;
                for (const SplitShare &share : split.shares) {
                    if (share.amountCents < 0)
                        QFAIL(qPrintable(QStringLiteral("negative share at %1").arg(amount)));
                    if (share.recipient != SplitRecipient::Platform
                        && share.amountCents != amount * share.percent / 100)
                        QFAIL(qPrintable(QStringLiteral("share not floored at %1").arg(amount)));
                    sum += share.amountCents;
                }
                if (sum != amount)
                    QFAIL(qPrintable(QStringLiteral("sum %1 != amount %2").arg(sum).arg(amount)));
                // The remainder is below one cent per rounded share, so the platform never
                // gets less than its nominal 15 %, and never more than 15 % + 2 cents.
                const qint64 platform = split.shareOf(SplitRecipient::Platform);
                if (platform < amount * 15 / 100 || platform > amount * 15 / 100 + 2)
                    QFAIL(qPrintable(QStringLiteral("platform share off at %1").arg(amount)));
                const int expectedShares = teaching == TeachingCase::CreatorTaught ? 2 : 3;
                if (split.shares.size() != expectedShares)
                    QFAIL("wrong number of shares");
            }
        }
    }

    void recipientsAndNegative()
    {
        QCOMPARE(splitRecipientToString(SplitRecipient::StudentTeacher), QStringLiteral("st"));
        QCOMPARE(splitRecipientToString(SplitRecipient::Creator), QStringLiteral("creator"));
        QCOMPARE(splitRecipientToString(SplitRecipient::Platform), QStringLiteral("platform"));
        QVERIFY(MoneySplit::compute(-5, TeachingCase::CreatorTaught).shares.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMoneySplit)
#include "tst_moneysplit.moc"
