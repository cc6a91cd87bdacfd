#include "models/itemmodels/EarningsSummaryModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace companion;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The shape the server returns for group_by=month (docs/api/openapi.yaml).
const char *kMonth = R"({"from":"2025-12-01","to":"2027-01-31","group_by":"month","time_zone":"Europe/Berlin",
  "groups":[{"key":"2026-09","label":"September 2026","currency":"EUR","amount_cents":34350,"count":22},
            {"key":"2026-10","label":"October 2026","currency":"EUR","amount_cents":114000,"count":52},
            {"key":"2026-10","label":"October 2026","currency":"USD","amount_cents":999,"count":1}],
  "totals":[{"currency":"USD","amount_cents":999},{"currency":"EUR","amount_cents":148350}]})";

const char *kStatus
    = R"({"from":"2025-12-01","to":"2027-01-31","group_by":"status","time_zone":"Europe/Berlin",
  "groups":[{"key":"paid","label":"paid","currency":"EUR","amount_cents":177075,"count":85},
            {"key":"pending","label":"pending","currency":"EUR","amount_cents":64875,"count":37},
            {"key":"reversed","label":"reversed","currency":"EUR","amount_cents":34500,"count":9},
            {"key":"transferred","label":"transferred","currency":"EUR","amount_cents":50100,"count":21}],
  "totals":[{"currency":"EUR","amount_cents":292050}]})";

} // namespace

class TestEarningsSummaryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsMoney_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US EUR") << "en_US" << qint64(123456) << "EUR" << QStringLiteral("€1,234.56");
        QTest::newRow("en_US USD") << "en_US" << qint64(5) << "USD" << QStringLiteral("$0.05");
        QTest::newRow("en_US zero") << "en_US" << qint64(0) << "EUR" << QStringLiteral("€0.00");
        QTest::newRow("en_US negative") << "en_US" << qint64(-1050) << "GBP" << QStringLiteral("-£10.50");
        QTest::newRow("en_US negative cents") << "en_US" << qint64(-7) << "EUR" << QStringLiteral("-€0.07");
        QTest::newRow("de_DE EUR") << "de_DE" << qint64(123456) << "EUR" << QStringLiteral("1.234,56\u00A0€");
        QTest::newRow("de_DE negative") << "de_DE" << qint64(-99) << "EUR" << QStringLiteral("-0,99\u00A0€");
        QTest::newRow("JPY has no minor unit")
            << "en_US" << qint64(1500) << "JPY" << QStringLiteral("¥1,500");
        QTest::newRow("ja_JP JPY") << "ja_JP" << qint64(1234567) << "JPY" << QStringLiteral("￥1,234,567");
        QTest::newRow("KWD has three")
            << "en_US" << qint64(1234) << "KWD" << QStringLiteral("KWD\u00A01.234");
        QTest::newRow("unknown code") << "en_US" << qint64(250) << "SEK" << QStringLiteral("SEK\u00A02.50");
        QTest::newRow("fr_FR CHF") << "fr_FR" << qint64(1234500) << "CHF"
                                   << QStringLiteral("12\u202F345,00\u00A0CHF");
        // Far beyond where a double loses cents.
        QTest::newRow("huge") << "en_US" << qint64(9007199254740993) << "USD"
                              << QStringLiteral("$90,071,992,547,409.93");
        QTest::newRow("int64 min") << "C" << std::numeric_limits<qint64>::min() << "EUR"
                                   << QStringLiteral("-€92233720368547758.08");
    }
    void formatsMoney()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(MoneyFormat::format(cents, currency, QLocale(locale)), expected);
    }

    void minorDigits()
    {
        QCOMPARE(MoneyFormat::minorDigits(QStringLiteral("EUR")), 2);
        QCOMPARE(MoneyFormat::minorDigits(QStringLiteral("jpy")), 0);
        QCOMPARE(MoneyFormat::minorDigits(QStringLiteral("BHD")), 3);
    }

    void rowsOfAMonthSummary()
    {
        EarningsSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QStringLiteral("en_US")));
        QSignalSpy countSpy(&model, &EarningsSummaryModel::countChanged);
        QVERIFY(model.setSummary(json(kMonth)));
        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.groupBy(), QStringLiteral("month"));
        QCOMPARE(model.timeZone(), QStringLiteral("Europe/Berlin"));
        const QModelIndex oct = model.index(1);
        QCOMPARE(oct.data(EarningsSummaryModel::KeyRole).toString(), QStringLiteral("2026-10"));
        QCOMPARE(oct.data(EarningsSummaryModel::LabelRole).toString(), QStringLiteral("October 2026"));
        QCOMPARE(oct.data(EarningsSummaryModel::AmountCentsRole).toLongLong(), 114000);
        QCOMPARE(oct.data(EarningsSummaryModel::AmountTextRole).toString(), QStringLiteral("€1,140.00"));
        QCOMPARE(oct.data(EarningsSummaryModel::CountRole).toInt(), 52);
        QCOMPARE(oct.data(EarningsSummaryModel::RelativeRole).toDouble(), 1.0);
        QVERIFY(qAbs(oct.data(EarningsSummaryModel::ShareRole).toDouble() - 114000.0 / 148350.0) < 1e-9);
        // Each currency is measured against its own total, never mixed.
        const QModelIndex usd = model.index(2);
        QCOMPARE(usd.data(EarningsSummaryModel::CurrencyRole).toString(), QStringLiteral("USD"));
        QCOMPARE(usd.data(EarningsSummaryModel::ShareRole).toDouble(), 1.0);
        QCOMPARE(usd.data(EarningsSummaryModel::RelativeRole).toDouble(), 1.0);
        QCOMPARE(usd.data(EarningsSummaryModel::AmountTextRole).toString(), QStringLiteral("$9.99"));
        // Totals: largest first, each in its own currency.
        QCOMPARE(model.totalText(), QStringLiteral("€1,483.50 · $9.99"));
        QCOMPARE(model.totals().size(), 2);
        QCOMPARE(model.totals().constFirst().toMap().value(QStringLiteral("amountCents")).toLongLong(),
                 148350);
        QCOMPARE(model.totalCents(QStringLiteral("USD")), 999);
        QCOMPARE(model.rowOf(QStringLiteral("2026-09")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("2027-01")), -1);
        QVERIFY(model.roleNames().value(EarningsSummaryModel::AmountTextRole) == "amountText");
    }

    void statusGroupingNamesStatusesAndLeavesReversedOutOfTotals()
    {
        EarningsSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QStringLiteral("en_US")));
        QVERIFY(model.setSummary(json(kStatus)));
        QCOMPARE(model.rowCount(), 4);
        // In the order money moves: pending, transferred, paid out, reversed.
        QCOMPARE(model.index(0).data(EarningsSummaryModel::LabelRole).toString(), QStringLiteral("Pending"));
        QCOMPARE(model.index(1).data(EarningsSummaryModel::KeyRole).toString(),
                 QStringLiteral("transferred"));
        QCOMPARE(model.index(2).data(EarningsSummaryModel::LabelRole).toString(), QStringLiteral("Paid out"));
        QCOMPARE(model.index(3).data(EarningsSummaryModel::KeyRole).toString(), QStringLiteral("reversed"));
        const QModelIndex reversed = model.index(model.rowOf(QStringLiteral("reversed")));
        QCOMPARE(reversed.data(EarningsSummaryModel::LabelRole).toString(),
                 QStringLiteral("Reversed (refunded)"));
        QCOMPARE(reversed.data(EarningsSummaryModel::InTotalRole).toBool(), false);
        QCOMPARE(model.index(0).data(EarningsSummaryModel::InTotalRole).toBool(), true);
        // The in-total rows sum exactly to the total.
        qint64 sum = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row).data(EarningsSummaryModel::InTotalRole).toBool())
                sum += model.index(row).data(EarningsSummaryModel::AmountCentsRole).toLongLong();
        QCOMPARE(sum, model.totalCents(QStringLiteral("EUR")));
    }

    void replacingAndClearing()
    {
        EarningsSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setSummary(json(kMonth)));
        QVERIFY(model.setSummary(json(kStatus)));
        QCOMPARE(model.rowCount(), 4);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalText(), QString());
        QVERIFY(model.setSummary(json(R"({"group_by":"course","groups":[],"totals":[]})")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.error().isEmpty());
    }

    void refusesMalformedDocuments_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("no groups") << QByteArray(R"({"totals":[]})");
        QTest::newRow("groups not an array") << QByteArray(R"({"groups":{},"totals":[]})");
        QTest::newRow("fractional cents") << QByteArray(
            R"({"groups":[{"key":"a","label":"A","currency":"EUR","amount_cents":1.5,"count":1}],
                          "totals":[]})");
        QTest::newRow("cents as string") << QByteArray(
            R"({"groups":[{"key":"a","label":"A","currency":"EUR","amount_cents":"150","count":1}],
                          "totals":[]})");
        QTest::newRow("bad currency")
            << QByteArray(R"({"groups":[{"key":"a","label":"A","currency":"euro","amount_cents":1,"count":1}],
                          "totals":[]})");
        QTest::newRow("missing key") << QByteArray(
            R"({"groups":[{"label":"A","currency":"EUR","amount_cents":1,"count":1}],"totals":[]})");
        QTest::newRow("negative count")
            << QByteArray(R"({"groups":[{"key":"a","label":"A","currency":"EUR","amount_cents":1,"count":-1}],
                          "totals":[]})");
        QTest::newRow("bad total") << QByteArray(R"({"groups":[],"totals":[{"currency":"EUR"}]})");
    }
    void refusesMalformedDocuments()
    {
        QFETCH(QByteArray, document);
        EarningsSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setSummary(json(kMonth)));
        QVERIFY(!model.setSummary(QJsonDocument::fromJson(document).object()));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.error().isEmpty());
        // A good document afterwards clears the error.
        QVERIFY(model.setSummary(json(kStatus)));
        QVERIFY(model.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEarningsSummaryModel)
#include "tst_earnings_summary_model.moc"
