// pageItemTexts: each item of a delta page exactly as sent, or nothing when the page is not
// the plain shape (then the cache serialises the parsed items instead).
#include "services/sync/PageItemTexts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace companion;

class TstPageItemTexts : public QObject
{
    Q_OBJECT
private slots:
    void itemsAsSent();
    void sameItemsAsTheParser();
    void notThePlainShape();
    void backslashRunsBeforeQuotes();
};

void TstPageItemTexts::itemsAsSent()
{
    const QByteArray body = R"({"has_more":false,"items":[{"id":"a","n":[1,{"x":"]}"}]} , )"
                            R"( {"id":"b\"}","t":null}],"next_cursor":"c1","remaining":0})";
    const auto texts = pageItemTexts(body);
    QVERIFY(texts);
    QCOMPARE(texts->size(), 2);
    QCOMPARE(texts->at(0), QByteArrayView(R"({"id":"a","n":[1,{"x":"]}"}]})"));
    QCOMPARE(texts->at(1), QByteArrayView(R"({"id":"b\"}","t":null})"));

    const auto empty = pageItemTexts(R"( { "items" : [ ] , "next_cursor" : "c" } )");
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
}

void TstPageItemTexts::sameItemsAsTheParser()
{
    // Every slice parses to the very item QJsonDocument read, whitespace and escapes included.
    const QByteArray body
        = "{\n  \"remaining\": 3,\n  \"items\": [\n    {\"id\": \"s\\u00e9\", \"deleted\": true},\n"
          "    {\"id\": \"t\", \"a\": [[], {}, \"\\\\\"], \"n\": -1.5e3}\n  ],\n"
          "  \"has_more\": true, \"next_cursor\": \"x\"\n}\n";
    const QJsonArray parsed = QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray();
    const auto texts = pageItemTexts(body);
    QVERIFY(texts);
    QCOMPARE(texts->size(), parsed.size());
    for (qsizetype i = 0; i < parsed.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(texts->at(i).toByteArray()).object(), parsed.at(i).toObject());
}

void TstPageItemTexts::notThePlainShape()
{
    QVERIFY(!pageItemTexts(R"({"next_cursor":"c"})")); // no items
    QVERIFY(!pageItemTexts(R"({"items":{"a":1}})")); // not an array
    // QJsonDocument keeps one of two "items"; which one is not this reader's to guess.
    QVERIFY(!pageItemTexts(R"({"items":[{"id":"a"}],"items":[{"id":"b"}]})"));
    QVERIFY(!pageItemTexts(R"({"\u0069tems":[{"id":"a"}]})")); // an escaped key
    QVERIFY(!pageItemTexts(R"([{"id":"a"}])"));
    QVERIFY(!pageItemTexts(R"({"items":[{"id":"a"}]} x)"));
    QVERIFY(!pageItemTexts(R"({"items":[{"id":"a"})"));
    QVERIFY(!pageItemTexts(""));
}

// A quote after an even run of backslashes ends its string, after an odd run it does not.
void TstPageItemTexts::backslashRunsBeforeQuotes()
{
    // (Plain literals: moc misreads raw strings that end in backslashes.)
    const QList<QByteArray> values { "\"\"",           "\"\\\\\"",
                                     "\"\\\\\\\\\"",   "\"\\\"\"",
                                     "\"\\\\\\\"\"",   "\"a\\\\\\\"b\\\\\"",
                                     "\"\\\"]}\\\\\"", "\"x\\\\\\\\\\\\\\\"\\\\\"" };
    for (const QByteArray &value : values) {
        const QByteArray first = "{\"k\":" + value + ",\"n\":1}";
        const QByteArray second = "{\"k\":" + value + "}";
        const QByteArray body
            = "{\"items\":[" + first + "," + second + "],\"next_cursor\":\"c\",\"has_more\":false}";
        QVERIFY2(QJsonDocument::fromJson(body).isObject(), body.constData());
        const auto texts = pageItemTexts(body);
        QVERIFY2(texts, body.constData());
        QCOMPARE(texts->size(), 2);
        QCOMPARE(texts->at(0), QByteArrayView(first));
        QCOMPARE(texts->at(1), QByteArrayView(second));
    }
    // A string that never ends, with or without a backslash before the end of the body.
    QVERIFY(!pageItemTexts("{\"items\":[{\"k\":\"abc}]}"));
    QVERIFY(!pageItemTexts("{\"items\":[{\"k\":\"abc\\\"}]}"));
    QVERIFY(!pageItemTexts("{\"items\":[{\"k\":\"abc\\"));
}

QTEST_GUILESS_MAIN(TstPageItemTexts)
#include "tst_page_item_texts.moc"
