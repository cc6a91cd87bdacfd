#pragma once

#include <QLocale>
#include <QString>

namespace companion {

// Money for people, from integer minor units only: the amount is split into
// major and minor units with integer arithmetic and laid out with the locale's
// digits, separators and currency pattern. No floating point touches it.
struct MoneyFormat
{
    // Decimal places of a currency's minor unit (ISO 4217): 2 for most, 0 for
    // JPY/KRW/…, 3 for KWD/BHD/….
    static int minorDigits(const QString &currency);
    // "€", "$", "£", "¥" …, or the ISO code itself where no symbol is unambiguous.
    static QString symbol(const QString &currency);
    // 123456 EUR → "€1,234.56" (en_US) or "1.234,56 €" (de_DE).
    static QString format(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale());
};

} // namespace companion
