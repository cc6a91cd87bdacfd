// JsonTextWriter writes what QJsonDocument::toJson(Compact) writes for the same values, so a
// client cannot tell a page written by hand from one serialised by Qt.
#include "server/core/JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace companion::server;
using namespace Qt::StringLiterals;

class TstJsonTextWriter : public QObject
{
    Q_OBJECT
private slots:
    void sameTextAsQJsonDocument();
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

QTEST_GUILESS_MAIN(TstJsonTextWriter)
#include "tst_json_text_writer.moc"
