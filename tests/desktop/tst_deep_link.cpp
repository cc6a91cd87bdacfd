// companion:// links: what is accepted, and that everything else (from a browser, another
// program, a hostile page) is refused whole.
#include "app/gui/desktop/DeepLink.h"

#include <QTest>

using namespace companion;

class TestDeepLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("session") << "companion://session/ses_01HX-9" << int(DeepLink::Kind::Session)
                                 << "ses_01HX-9";
        QTest::newRow("join") << "companion://join/ses_1" << int(DeepLink::Kind::Join) << "ses_1";
        QTest::newRow("trailing slash") << "companion://join/ses_1/" << int(DeepLink::Kind::Join) << "ses_1";
        QTest::newRow("return") << "companion://payouts/return" << int(DeepLink::Kind::PayoutsReturn) << "";
        QTest::newRow("refresh") << "companion://payouts/refresh" << int(DeepLink::Kind::PayoutsRefresh)
                                 << "";
        QTest::newRow("upper-case scheme")
            << "COMPANION://session/ses_1" << int(DeepLink::Kind::Session) << "ses_1";
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, id);
        const DeepLink link = DeepLink::parse(text);
        QCOMPARE(int(link.kind), kind);
        QCOMPARE(link.sessionId, id);
        // It writes itself back the canonical way.
        QCOMPARE(DeepLink::parse(link.toUrl().toString()).sessionId, id);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : { "",
                                  "companion:",
                                  "companion://",
                                  "companion://session",
                                  "companion://session/",
                                  "https://session/ses_1",
                                  "file:///etc/passwd",
                                  "companion://unknown/ses_1",
                                  "companion://session/ses_1/extra",
                                  "companion://session/../payouts",
                                  "companion://session/ses%2F1",
                                  "companion://session/ses 1",
                                  "companion://session/ses_1?x=1",
                                  "companion://session/ses_1#top",
                                  "companion://user@session/ses_1",
                                  "companion://session:80/ses_1",
                                  "companion://payouts/done",
                                  "companion://payouts/return/again",
                                  "companion:///session/ses_1",
                                  "companion://session/ses\n1",
                                  "companion://session/ses_1%0D%0ASet-Cookie:x",
                                  "companion://join/<script>" })
            QTest::newRow(text) << QString::fromLatin1(text);
        QTest::newRow("long id") << QStringLiteral("companion://session/") + QString(65, QLatin1Char('a'));
        QTest::newRow("huge") << QStringLiteral("companion://session/") + QString(100000, QLatin1Char('a'));
    }
    void refused()
    {
        QFETCH(QString, text);
        QVERIFY(!DeepLink::parse(text).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDeepLink)
#include "tst_deep_link.moc"
