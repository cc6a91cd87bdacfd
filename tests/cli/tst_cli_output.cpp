// What companion-cli and the window write: no control characters from the server on a
// terminal, no tokens or feed secrets in the log file, and a log that rotates.
#include "app/cli/TerminalSafeDevice.h"
#include "app/logging/LogRedactor.h"
#include "app/logging/RotatingLogFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;

class TestCliOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controlCharactersAreDropped_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain") << QByteArray("Watercolour basics\n") << QByteArray("Watercolour basics\n");
        QTest::newRow("umlauts and tabs")
            << QByteArray("Grüße\taus Köln\n") << QByteArray("Grüße\taus Köln\n");
        QTest::newRow("CSI clear screen") << QByteArray("a\x1b[2Jb") << QByteArray("a[2Jb");
        QTest::newRow("OSC window title")
            << QByteArray("\x1b]0;pwned\x07title") << QByteArray("]0;pwnedtitle");
        QTest::newRow("carriage return") << QByteArray("safe\roverwritten") << QByteArray("safeoverwritten");
        QTest::newRow("C1 CSI (U+009B)") << QByteArray("a\xc2\x9b"
                                                       "31mb")
                                         << QByteArray("a31mb");
        QTest::newRow("Latin-1 supplement kept (U+00A3)") << QByteArray("\xc2\xa3"
                                                                        "5")
                                                          << QByteArray("\xc2\xa3"
                                                                        "5");
        QTest::newRow("DEL and NUL") << QByteArray("a\x7f\x00"
                                                   "b",
                                                   4)
                                     << QByteArray("ab");
    }
    void controlCharactersAreDropped()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        cli::TerminalSafeDevice device(stdout);
        QCOMPARE(device.filter(in.constData(), in.size()), out);
        // Split anywhere: the same result.
        for (qsizetype at = 0; at <= in.size(); ++at) {
            cli::TerminalSafeDevice split(stdout);
            QByteArray joined = split.filter(in.constData(), at);
            joined += split.filter(in.constData() + at, in.size() - at);
            QCOMPARE(joined, out);
        }
    }

    void secretsAreRedacted_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("bearer") << "Authorization: Bearer abc.def-123"
                                << "abc.def-123";
        QTest::newRow("jwt") << "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl refused"
                             << "eyJzdWIiOiJ1In0";
        QTest::newRow("refresh json") << R"({"refresh_token":"r-secret-1","user":{}})"
                                      << "r-secret-1";
        QTest::newRow("query") << "https://x/feed?token=s3cr3t&x=1"
                               << "s3cr3t";
        QTest::newRow("feed url") << "GET http://127.0.0.1:1/calendar/u4obqbaH7jF6WJRB.ics 200"
                                  << "u4obqbaH7jF6WJRB";
    }
    void secretsAreRedacted()
    {
        QFETCH(QString, in);
        QFETCH(QString, mustNotContain);
        const QString out = logredactor::redact(in);
        QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("redacted")), qPrintable(out));
    }
    void ordinaryTextIsKept()
    {
        const QString line = QStringLiteral("sync finished: 25 sessions, 3 splits in 120 ms");
        QCOMPARE(logredactor::redact(line), line);
    }

    void theLogRotates()
    {
        QTemporaryDir dir;
        RotatingLogFile log(dir.filePath(QStringLiteral("state/companion")), 1000, 2);
        for (int i = 0; i < 100; ++i)
            log.append(QStringLiteral("line %1 ").arg(i) + QString(40, QLatin1Char('x')));
        const QDir folder(dir.filePath(QStringLiteral("state/companion")));
        QVERIFY(QFile::exists(log.path()));
        QVERIFY(QFile::exists(log.path() + QStringLiteral(".1")));
        QVERIFY(QFile::exists(log.path() + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(log.path() + QStringLiteral(".3")));
        QVERIFY(QFileInfo(log.path()).size() <= 1000);
        QFile newest(log.path());
        QVERIFY(newest.open(QIODevice::ReadOnly));
        QVERIFY(newest.readAll().contains("line 99 "));
        QCOMPARE(QFileInfo(log.path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
