#include "models/itemmodels/SplitListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace companion;

namespace {

Split split(const QString &id, const QString &status, qint64 amount, qint64 gross, const QString &recipient,
            const QString &created, const QString &currency = QStringLiteral("EUR"))
{
    Split s;
    s.id = id;
    s.sessionId = QStringLiteral("ses_") + id;
    s.courseId = QStringLiteral("crs_python");
    s.courseTitle = QStringLiteral("Python for Data Analysis");
    s.recipientType = recipient;
    s.amountCents = amount;
    s.grossAmountCents = gross;
    s.currency = currency;
    s.status = status;
    s.createdAt = QDateTime::fromString(created, Qt::ISODate);
    if (status == QLatin1String("paid"))
        s.paidAt = s.createdAt.addDays(7);
    s.updatedAt = s.createdAt;
    // The rule the platform names: an S-T's 70 %, else the creator's 15 % or 85 %.
    s.role = recipient == u"st"      ? SplitRole::AsSt
        : amount * 100 <= gross * 15 ? SplitRole::StTaughtYourCourse
                                     : SplitRole::TaughtByYou;
    return s;
}

QList<Split> demo()
{
    return {
        split(QStringLiteral("a"), QStringLiteral("paid"), 900, 6000, QStringLiteral("creator"),
              QStringLiteral("2026-09-19T14:00:00Z")),
        split(QStringLiteral("b"), QStringLiteral("pending"), 5100, 6000, QStringLiteral("creator"),
              QStringLiteral("2026-11-20T23:30:00Z")),
        split(QStringLiteral("c"), QStringLiteral("transferred"), 3150, 4500, QStringLiteral("st"),
              QStringLiteral("2026-10-02T09:00:00Z")),
        split(QStringLiteral("d"), QStringLiteral("reversed"), 1000, 1000, QStringLiteral("creator"),
              QStringLiteral("2026-10-05T09:00:00Z"), QStringLiteral("JPY")),
        split(QStringLiteral("e"), QStringLiteral("pending"), 675, 4500, QStringLiteral("creator"),
              QStringLiteral("2026-11-20T23:30:00Z")),
    };
}

} // namespace

class TestSplitListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newestFirstWithRoles()
    {
        SplitListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QStringLiteral("en_US")));
        model.setDisplayZone(QStringLiteral("Europe/Berlin"));
        model.setSplits(demo());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.totalCount(), 5);
        // Same instant: the id decides, so the order never flickers between syncs.
        QCOMPARE(model.index(0).data(SplitListModel::IdRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(1).data(SplitListModel::IdRole).toString(), QStringLiteral("e"));
        QCOMPARE(model.index(4).data(SplitListModel::IdRole).toString(), QStringLiteral("a"));

        const QModelIndex b = model.index(0);
        QCOMPARE(b.data(SplitListModel::AmountCentsRole).toLongLong(), 5100);
        QCOMPARE(b.data(SplitListModel::AmountTextRole).toString(), QStringLiteral("€51.00"));
        QCOMPARE(b.data(SplitListModel::GrossTextRole).toString(), QStringLiteral("€60.00"));
        QCOMPARE(b.data(SplitListModel::PercentRole).toInt(), 85);
        QCOMPARE(b.data(SplitListModel::RuleTextRole).toString(),
                 QStringLiteral("85% of €60.00 · you taught your course"));
        QCOMPARE(b.data(SplitListModel::StatusRole).toString(), QStringLiteral("pending"));
        QCOMPARE(b.data(SplitListModel::StatusLabelRole).toString(), QStringLiteral("Pending"));
        // 23:30 UTC is already the next day in Berlin.
        QCOMPARE(b.data(SplitListModel::CreatedDateRole).toString(), QStringLiteral("Sat 21 Nov 2026"));
        QCOMPARE(b.data(SplitListModel::PaidDateRole).toString(), QString());

        const QModelIndex e = model.index(1);
        QCOMPARE(e.data(SplitListModel::PercentRole).toInt(), 15);
        QCOMPARE(e.data(SplitListModel::RuleTextRole).toString(),
                 QStringLiteral("15% of €45.00 · an S-T taught your course"));
        const QModelIndex c = model.index(3);
        QCOMPARE(c.data(SplitListModel::PercentRole).toInt(), 70);
        QCOMPARE(c.data(SplitListModel::RuleTextRole).toString(),
                 QStringLiteral("70% of €45.00 · you taught as an S-T"));
        const QModelIndex d = model.index(2);
        QCOMPARE(d.data(SplitListModel::AmountTextRole).toString(), QStringLiteral("¥1,000"));
        const QModelIndex a = model.index(4);
        QCOMPARE(a.data(SplitListModel::PaidDateRole).toString(), QStringLiteral("26 Sep 2026"));
        QCOMPARE(a.data(SplitListModel::StatusLabelRole).toString(), QStringLiteral("Paid out"));
        QCOMPARE(model.roleNames().value(SplitListModel::CourseTitleRole), QByteArray("courseTitle"));
    }

    void filtersByStatus()
    {
        SplitListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSplits(demo());
        QSignalSpy filterSpy(&model, &SplitListModel::statusFilterChanged);
        QSignalSpy countSpy(&model, &SplitListModel::countChanged);
        model.setStatusFilter(QStringLiteral("pending"));
        QCOMPARE(filterSpy.count(), 1);
        QVERIFY(countSpy.count() >= 1);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(SplitListModel::StatusRole).toString(), QStringLiteral("pending"));
        QCOMPARE(model.totalCount(), 5);
        model.setStatusFilter(QStringLiteral("pending")); // no change, no signal
        QCOMPARE(filterSpy.count(), 1);
        model.setStatusFilter(QStringLiteral("reversed"));
        QCOMPARE(model.rowCount(), 1);
        model.setStatusFilter(QStringLiteral("nonsense"));
        QCOMPARE(model.rowCount(), 0);
        model.setStatusFilter(QString());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.countWithStatus(QStringLiteral("pending")), 2);
        QCOMPARE(model.countWithStatus(QString()), 5);
        // New data keeps the filter.
        model.setStatusFilter(QStringLiteral("paid"));
        model.setSplits(demo().mid(0, 1));
        QCOMPARE(model.rowCount(), 1);
        model.setSplits({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }

    void displayZoneChangesDates()
    {
        SplitListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QStringLiteral("en_US")));
        model.setSplits(demo());
        model.setDisplayZone(QStringLiteral("America/New_York"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(0).data(SplitListModel::CreatedDateRole).toString(),
                 QStringLiteral("Fri 20 Nov 2026"));
        model.setDisplayZone(QStringLiteral("Asia/Tokyo"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0).data(SplitListModel::CreatedDateRole).toString(),
                 QStringLiteral("Sat 21 Nov 2026"));
    }

    void missingCourseTitleSaysSo()
    {
        SplitListModel model;
        Split s = demo().constFirst();
        s.courseTitle.clear();
        model.setSplits({ s });
        QCOMPARE(model.index(0).data(SplitListModel::CourseTitleRole).toString(),
                 QStringLiteral("Course removed"));
    }
};

QTEST_GUILESS_MAIN(TestSplitListModel)
#include "tst_split_list_model.moc"
