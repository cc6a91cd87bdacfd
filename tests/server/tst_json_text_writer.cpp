// JsonTextWriter writes what QJsonDocument::toJson(Compact) writes for the same values, so a
// client cannot tell a page written by hand from one serialised by Qt.
#include "server/core/JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace companion::server;
using namespace Qt::StringLiterals;

class TstJsonTextWriter : public QObject
{
    Q_OBJECT
private slots:
    void sameTextAsQJsonDocument();
    void plainAndEscapedStringsAlike_data();
    void plainAndEscapedStringsAlike();
    void growsPastItsReserve();
};

void TstJsonTextWriter::sameTextAsQJsonDocument()
{
    const QString tricky = u"quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul "_s + QChar(0)
        + u" unit sep "_s + QChar(0x1f) + u" del "_s + QChar(0x7f) + u" é € 🎓 \u2028"_s;
    // Keys in sorted order: QJsonDocument sorts them, the writer keeps the order it is given.
    JsonTextWriter out;
    out.beginObject();
    out.key("a"_L1).string(tricky);
    out.key("b"_L1).integer(-9007199254740991LL);
    out.key("c"_L1).boolean(true);
    out.key("d"_L1).null();
    out.key("e"_L1).nullableString(QVariant());
    out.key("f"_L1).nullableString(QVariant(u"x"_s));
    out.key("g"_L1).beginArray();
    out.beginObject();
    out.endObject();
    out.raw("[1,2]");
    out.string(QString());
    out.endArray();
    out.endObject();

    const QJsonObject expected {
        { u"a"_s, tricky },
        { u"b"_s, qint64(-9007199254740991LL) },
        { u"c"_s, true },
        { u"d"_s, QJsonValue::Null },
        { u"e"_s, QJsonValue::Null },
        { u"f"_s, u"x"_s },
        { u"g"_s, QJsonArray { QJsonObject {}, QJsonArray { 1, 2 }, QString() } },
    };
    QCOMPARE(out.text(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    QCOMPARE(QJsonDocument::fromJson(out.text()).object(), expected);
}

// Plain ASCII is copied as is; anything else (escapes, other scripts, anywhere in the string)
// takes the escaping path. Both must write what QJsonDocument writes.
void TstJsonTextWriter::plainAndEscapedStringsAlike_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << u"ses_bench_000123 2026-01-01T00:00:00.250Z ~!#$%&'()*+,-./:;<=>?@[]^_`{|}"_s;
    QTest::newRow("quote at the end") << u"abc\""_s;
    QTest::newRow("backslash first") << u"\\abc"_s;
    QTest::newRow("control in the middle") << u"ab"_s + QChar(0x1f) + u"cd"_s;
    QTest::newRow("del stays") << u"ab"_s + QChar(0x7f);
    QTest::newRow("latin-1 after ascii") << u"Schr\u00f6der"_s;
    QTest::newRow("cjk") << u"\u5b66\u751f"_s;
    QTest::newRow("surrogate pair") << u"x\U0001F393y"_s;
}

void TstJsonTextWriter::plainAndEscapedStringsAlike()
{
    QFETCH(QString, value);
    JsonTextWriter out;
    out.beginArray();
    out.string(value);
    out.integer(0);
    out.string(value);
    out.integer(std::numeric_limits<qint32>::max());
    out.endArray();
    const QJsonArray expected { value, 0, value, std::numeric_limits<qint32>::max() };
    QCOMPARE(out.text(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

// A page is reserved from a guess; writing far beyond it must still give the same text.
void TstJsonTextWriter::growsPastItsReserve()
{
    JsonTextWriter out;
    out.reserve(8);
    QJsonArray expected;
    out.beginArray();
    for (int i = 0; i < 5000; ++i) {
        const QString id = u"spl_"_s + QString::number(i);
        const QString name = i % 7 == 0 ? u"J\u00fcrgen \"J\""_s : u"Jonas"_s;
        out.beginObject();
        out.key("amount_cents"_L1).integer(qint64(i) * 1'000'003 - 2'500'000'000LL);
        out.key("id"_L1).string(id);
        out.key("name"_L1).string(name);
        out.key("paid"_L1).boolean(i % 2 == 0);
        out.key("payout_id"_L1).nullableString(i % 3 == 0 ? QVariant() : QVariant(id));
        out.endObject();
        expected.append(
            QJsonObject { { u"amount_cents"_s, qint64(i) * 1'000'003 - 2'500'000'000LL },
                          { u"id"_s, id },
                          { u"name"_s, name },
                          { u"paid"_s, i % 2 == 0 },
                          { u"payout_id"_s, i % 3 == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id) } });
    }
    out.endArray();
    QCOMPARE(out.text(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TstJsonTextWriter)
#include "tst_json_text_writer.moc"
