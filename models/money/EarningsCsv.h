#pragma once

#include "models/money/Split.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace companion {

// Earnings as a spreadsheet for the tax return: RFC 4180 (CRLF, fields quoted when they
// hold a comma, quote or line break), UTF-8, one row per split booked on the local dates
// from..to in `timeZone` (the summary's period rule), oldest first. Amounts are plain
// decimals in the currency's minor digits ("60.00", JPY "6000"); refunded splits are rows
// with status "reversed" and count in no total, as on the page.
// Columns: date, session_date, session_id, course, student, teacher, rule, gross, share,
// currency, status, status_date, transfer_id, payout_id, split_id.
class EarningsCsv
{
public:
    static QByteArray write(const QList<Split> &splits, const QDate &from, const QDate &to,
                            const QString &timeZone);
    // "1234.56" from 123456 EUR; "-5" keeps its sign.
    static QString decimal(qint64 minorUnits, const QString &currency);
    static QString field(const QString &text);
};

} // namespace companion
