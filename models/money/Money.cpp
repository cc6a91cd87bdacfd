#include "models/money/Money.h"

#include <QHash>
#include <QStringList>

namespace companion {

int MoneyFormat::minorDigits(const QString &currency)
{
    static const QStringList zero { QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
                                    QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
                                    QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"),
                                    QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
                                    QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
                                    QStringLiteral("XOF"), QStringLiteral("XPF") };
    static const QStringList three { QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                     QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                     QStringLiteral("TND") };
    const QString code = currency.toUpper();
    if (zero.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

QString MoneyFormat::symbol(const QString &currency)
{
    const QString code = currency.toUpper();
    static const QHash<QString, QString> symbols {
        { QStringLiteral("EUR"), QStringLiteral("€") },   { QStringLiteral("USD"), QStringLiteral("$") },
        { QStringLiteral("GBP"), QStringLiteral("£") },   { QStringLiteral("JPY"), QStringLiteral("¥") },
        { QStringLiteral("INR"), QStringLiteral("₹") },   { QStringLiteral("KRW"), QStringLiteral("₩") },
        { QStringLiteral("ILS"), QStringLiteral("₪") },   { QStringLiteral("VND"), QStringLiteral("₫") },
        { QStringLiteral("NGN"), QStringLiteral("₦") },   { QStringLiteral("PLN"), QStringLiteral("zł") },
        { QStringLiteral("CAD"), QStringLiteral("CA$") }, { QStringLiteral("AUD"), QStringLiteral("A$") },
        { QStringLiteral("NZD"), QStringLiteral("NZ$") }, { QStringLiteral("BRL"), QStringLiteral("R$") },
        { QStringLiteral("MXN"), QStringLiteral("MX$") }, { QStringLiteral("CNY"), QStringLiteral("CN¥") },
    };
    return symbols.value(code, code);
}

QString MoneyFormat::format(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const int digits = minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = minorUnits < 0;
    // Work on the magnitude as unsigned, so even INT64_MIN has one.
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    const quint64 major = magnitude / quint64(scale);
    const quint64 minor = magnitude % quint64(scale);

    QString number = locale.toString(major);
    if (digits > 0) {
        QString fraction = locale.toString(minor);
        const QString zero = locale.zeroDigit();
        while (fraction.size() < digits * zero.size())
            fraction.prepend(zero);
        number += locale.decimalPoint() + fraction;
    }

    // The locale's placement of the symbol, learnt from an integer pattern.
    QString sym = symbol(currency);
    const QString code = currency.toUpper();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        sym = locale.currencySymbol(QLocale::CurrencySymbol);
    const QString placeholder = QStringLiteral("\u00A4");
    // The C locale has no currency pattern of its own ("1¤"); read it like English.
    const QLocale patternLocale = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    QString pattern = patternLocale.toCurrencyString(qlonglong(1), placeholder);
    const QString one = patternLocale.toString(qlonglong(1));
    const qsizetype at = pattern.indexOf(one);
    if (at < 0 || !pattern.contains(placeholder))
        pattern = QStringLiteral("\u00A4") + one; // never expected; keep something sensible
    const bool letters = !sym.isEmpty() && sym.back().isLetter();
    const qsizetype symAt = pattern.indexOf(placeholder);
    const qsizetype numAt = pattern.indexOf(one);
    QString out;
    if (symAt < numAt) {
        QString between = pattern.mid(symAt + 1, numAt - symAt - 1);
        if (between.isEmpty() && letters)
            between = QStringLiteral("\u00A0");
        out = pattern.left(symAt) + sym + between + number + pattern.mid(numAt + one.size());
    } else {
        QString between = pattern.mid(numAt + one.size(), symAt - numAt - one.size());
        if (between.isEmpty() && (letters || sym.front().isLetter()))
            between = QStringLiteral("\u00A0");
        out = pattern.left(numAt) + number + between + sym + pattern.mid(symAt + 1);
    }
    if (negative && magnitude != 0)
        out.prepend(locale.negativeSign());
    return out;
}

} // namespace companion
