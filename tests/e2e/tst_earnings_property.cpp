// Earnings add up to the cent wherever they are read (issue 16's property). Random splits
// (every status, refunds, EUR, USD and zero-decimal JPY, bookings at any hour of 2025–2027)
// are added to a demo platform's database; then, for random periods (DST nights included)
// and every grouping, the platform's /api/earnings/summary, the summary companion-cli
// computes from its synced cache (the page's rule, EarningsSummary::compute) and the sums
// of the CSV export must agree exactly. COMPANION_EARNINGS_SEED picks another seed.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "CliRunner.h"
#include "models/money/Money.h"
#include "models/time/InstantFormat.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

namespace {

const char *kCurrencies[] = { "EUR", "USD", "JPY" };
const char *kStatuses[] = { "pending", "transferred", "paid", "reversed" };
const char *kGroupings[] = { "month", "course", "status", "role" };

// key|currency -> amount/count, from a summary's groups (or totals, with an empty key).
QMap<QString, QPair<qint64, int>> entries(const QJsonObject &summary, const char *list)
{
    QMap<QString, QPair<qint64, int>> out;
    for (const QJsonValue &value : summary.value(QLatin1String(list)).toArray()) {
        const QJsonObject e = value.toObject();
        out.insert(e.value(u"key").toString() + u'|' + e.value(u"currency").toString(),
                   { e.value(u"amount_cents").toInteger(), e.value(u"count").toInt() });
    }
    return out;
}

// "1234.56" in `currency` back to minor units, exactly.
qint64 minorUnits(const QString &decimal, const QString &currency)
{
    const int digits = MoneyFormat::minorDigits(currency);
    const QStringList parts = decimal.split(u'.');
    qint64 value = parts.at(0).toLongLong();
    for (int i = 0; i < digits; ++i)
        value
            = value * 10 + (parts.size() > 1 && i < parts.at(1).size() ? parts.at(1).at(i).digitValue() : 0);
    return value;
}

// RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

} // namespace

class TestEarningsProperty : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    QTemporaryDir m_config;
    quint16 m_port = 0;

    RunResult cli(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        return runCli(QStringList { QStringLiteral("--profile"), m_profile.path() } + arguments, {}, env);
    }

    bool start()
    {
        return m_server.start(
            { QStringLiteral("--demo"), QStringLiteral("--port"), QString::number(m_port) });
    }

    // Random splits of the creator, on real enrollments of the demo (sessions taught by her
    // and by S-Ts, so all three split rules appear).
    void addRandomSplits(QRandomGenerator &rng, int count)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("property"));
        db.setDatabaseName(m_server.dataDir() + QStringLiteral("/platform.sqlite"));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT e.id, e.student_id, e.session_id, e.course_id FROM enrollments e "
                               "WHERE e.session_id IS NOT NULL ORDER BY e.id")));
            QList<QStringList> enrollments;
            while (q.next())
                enrollments.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString() });
            QVERIFY(enrollments.size() > 10);
            const qint64 start = *instant::parseMs(QStringLiteral("2025-01-01T00:00:00Z"));
            const qint64 span = *instant::parseMs(QStringLiteral("2028-01-01T00:00:00Z")) - start;
            QVERIFY(db.transaction());
            for (int i = 0; i < count; ++i) {
                const QStringList &e = enrollments.at(rng.bounded(int(enrollments.size())));
                const QString currency = QLatin1String(kCurrencies[rng.bounded(3)]);
                const qint64 gross = 1 + rng.bounded(500000);
                const qint64 share = rng.bounded(gross + 1);
                const QString created
                    = instant::toUtcStringSecs((start + qint64(rng.generateDouble() * span)) / 1000);
                const QString tx = QStringLiteral("tx_prop_%1").arg(i);
                QVERIFY2(q.exec(QStringLiteral(
                                    "INSERT INTO transactions (id, enrollment_id, student_id, amount_cents, "
                                    "currency, created_at) VALUES ('%1', '%2', '%3', %4, '%5', '%6')")
                                    .arg(tx, e.at(0), e.at(1))
                                    .arg(gross)
                                    .arg(currency, created)),
                         qPrintable(q.lastError().text()));
                const bool creatorShare = rng.bounded(2) == 0;
                // Through the change log, as the platform records every change (the delta sync
                // reads by its sequence).
                QVERIFY(
                    q.exec(QStringLiteral("INSERT INTO change_log (entity, entity_id, op, changed_at) VALUES "
                                          "('split', 'spl_prop_%1', 'insert', '%2')")
                               .arg(i)
                               .arg(created)));
                const qint64 seq = q.lastInsertId().toLongLong();
                QVERIFY2(
                    q.exec(
                        QStringLiteral(
                            "INSERT INTO payment_splits (id, enrollment_id, transaction_id, recipient_id, "
                            "recipient_type, amount_cents, currency, status, created_at, session_id, "
                            "course_id, "
                            "updated_at, change_seq) VALUES ('spl_prop_%1', '%2', '%3', 'usr_maya', '%4', "
                            "%5, "
                            "'%6', '%7', '%8', '%9', '%10', '%8', %11)")
                            .arg(i)
                            .arg(e.at(0), tx, creatorShare ? QStringLiteral("creator") : QStringLiteral("st"))
                            .arg(share)
                            .arg(currency, QLatin1String(kStatuses[rng.bounded(4)]), created, e.at(2),
                                 e.at(3))
                            .arg(seq)),
                    qPrintable(q.lastError().text()));
            }
            QVERIFY(db.commit());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("property"));
    }

private Q_SLOTS:
    void summariesAndCsvAgreeToTheCent()
    {
        const quint32 seed = qEnvironmentVariableIsSet("COMPANION_EARNINGS_SEED")
            ? quint32(qEnvironmentVariableIntValue("COMPANION_EARNINGS_SEED"))
            : 20261207;
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        m_port = freeLocalPort();
        QVERIFY2(start(), qPrintable(m_server.errorString()));
        QVERIFY(m_server.stop());
        addRandomSplits(rng, 400);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(start(), qPrintable(m_server.errorString()));
        const RunResult login
            = loginDemo(m_server.baseUrl(), m_profile.path(), QStringLiteral("creator@demo.test"), {},
                        isolatedEnvironment(m_config.path(), m_config.path()));
        QVERIFY2(login.exitCode == 0, login.err.constData());
        RunResult r = cli({ QStringLiteral("--json"), QStringLiteral("sync") });
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());

        // Random periods, with the edges that bite: DST nights in Berlin, a leap day, a year's end.
        QList<QPair<QDate, QDate>> periods { { QDate(2026, 3, 29), QDate(2026, 3, 29) },
                                             { QDate(2026, 10, 25), QDate(2026, 10, 25) },
                                             { QDate(2028, 2, 29), QDate(2028, 2, 29) },
                                             { QDate(2025, 12, 31), QDate(2026, 1, 1) },
                                             { QDate(2025, 1, 1), QDate(2027, 12, 31) } };
        while (periods.size() < 14) {
            const QDate from = QDate(2025, 1, 1).addDays(rng.bounded(3 * 365));
            periods.append({ from, from.addDays(rng.bounded(400)) });
        }
        auto http = signedIn(m_server.baseUrl(), QStringLiteral("creator@demo.test"));
        QHash<QString, QJsonObject> server;
        for (const auto &[from, to] : std::as_const(periods)) {
            for (const char *group : kGroupings) {
                const TestReply reply = http->get(
                    QStringLiteral("/api/earnings/summary?from=%1&to=%2&group_by=%3")
                        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), QLatin1String(group)));
                QCOMPARE(reply.status, 200);
                server.insert(from.toString(Qt::ISODate) + to.toString(Qt::ISODate) + QLatin1String(group),
                              reply.json);
            }
        }
        // From here on the app answers from its cache alone.
        QVERIFY(m_server.stop());
        int nonEmpty = 0;
        for (const auto &[from, to] : std::as_const(periods)) {
            const QStringList range { QStringLiteral("--from"), from.toString(Qt::ISODate),
                                      QStringLiteral("--to"), to.toString(Qt::ISODate) };
            for (const char *group : kGroupings) {
                const QJsonObject expected = server.value(from.toString(Qt::ISODate)
                                                          + to.toString(Qt::ISODate) + QLatin1String(group));
                r = cli(QStringList { QStringLiteral("--json"), QStringLiteral("earnings"),
                                      QStringLiteral("--group-by"), QLatin1String(group) }
                        + range);
                QVERIFY2(r.exitCode == 0, r.err.constData());
                const QJsonObject mine = r.json();
                QCOMPARE(entries(mine, "groups"), entries(expected, "groups"));
                QCOMPARE(entries(mine, "totals"), entries(expected, "totals"));
                nonEmpty += expected.value(u"groups").toArray().isEmpty() ? 0 : 1;
            }
            // The CSV: one row per split; its shares, refunds left out, sum to the totals.
            r = cli(QStringList { QStringLiteral("earnings"), QStringLiteral("--csv") } + range);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QStringList lines
                = QString::fromUtf8(r.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QVERIFY(lines.first().startsWith(
                u"date,session_date,session_id,course,student,teacher,rule,gross,share"));
            QMap<QString, QPair<qint64, int>> sums;
            int rows = 0;
            for (const QString &line : lines.mid(1)) {
                const QStringList f = csvFields(line);
                QCOMPARE(f.size(), 15);
                ++rows;
                QVERIFY(minorUnits(f.at(8), f.at(9)) <= minorUnits(f.at(7), f.at(9)));
                if (f.at(10) != u"reversed")
                    sums[QLatin1Char('|') + f.at(9)].first += minorUnits(f.at(8), f.at(9));
            }
            const QJsonObject byStatus = server.value(from.toString(Qt::ISODate) + to.toString(Qt::ISODate)
                                                      + QStringLiteral("status"));
            int expectedRows = 0;
            for (const QJsonValue &g : byStatus.value(u"groups").toArray())
                expectedRows += g.toObject().value(u"count").toInt();
            QCOMPARE(rows, expectedRows);
            QMap<QString, QPair<qint64, int>> totals = entries(byStatus, "totals");
            for (auto &t : totals)
                t.second = 0; // totals carry no count
            QCOMPARE(sums, totals);
        }
        QVERIFY2(nonEmpty > 20, "the periods should mostly hold money");
    }
};

QTEST_GUILESS_MAIN(TestEarningsProperty)
#include "tst_earnings_property.moc"
