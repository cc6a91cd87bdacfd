#include "services/storage/RowParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace companion;

namespace {

// A row "n" parses to n; a row "x" does not parse (a damaged row, skipped).
std::optional<int> parseNumber(const QByteArray &row)
{
    bool ok = false;
    const int value = row.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

class TestRowParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Whatever the size (one part, parts of unequal length, more parts than cores would
    // take), the values come back in row order, each once, without the rows that fail.
    void keepsOrderAndSkipsBadRows_data()
    {
        QTest::addColumn<int>("size");
        for (int size : { 0, 1, 1'999, 2'000, 4'001, 6'000, 10'007, 100'003 })
            QTest::addRow("%d rows", size) << size;
    }
    void keepsOrderAndSkipsBadRows()
    {
        QFETCH(int, size);
        QRandomGenerator random(quint32(size) + 1);
        QList<QByteArray> rows;
        QList<int> expected;
        for (int i = 0; i < size; ++i) {
            // Bad rows at random and around every possible part boundary.
            const bool bad = random.bounded(50) == 0 || (i > 0 && (i % 1'000 == 0 || i % 1'000 == 999));
            rows << (bad ? QByteArrayLiteral("x") : QByteArray::number(i));
            if (!bad)
                expected << i;
        }
        QCOMPARE(parseRows<int>(rows, parseNumber), expected);
    }
};

QTEST_GUILESS_MAIN(TestRowParser)
#include "tst_row_parser.moc"
