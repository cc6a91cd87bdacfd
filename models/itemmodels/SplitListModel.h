#pragma once

#include "models/money/Split.h"

#include <QAbstractListModel>
#include <QLocale>

namespace companion {

// The user's payment splits for list views (Earnings), newest first, with an
// optional status filter. Holds a snapshot handed to it by whoever reads the
// cache; it never does I/O itself.
class SplitListModel : public QAbstractListModel
{
    Q_OBJECT
    // "" shows every split; otherwise pending | transferred | paid | reversed.
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY statusFilterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Splits before filtering.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString displayZone READ displayZone WRITE setDisplayZone NOTIFY displayZoneChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< split id
        CourseTitleRole, ///< course title, or "Course removed" when the server has none
        CourseIdRole,
        SessionIdRole,
        RecipientTypeRole, ///< creator | st
        AmountCentsRole, ///< qint64, this user's share in minor units
        AmountTextRole, ///< the share as money
        GrossCentsRole, ///< qint64, what the student paid
        GrossTextRole,
        PercentRole, ///< the share as a whole percentage of the gross (85, 70, 15)
        RuleTextRole, ///< "15% of €60.00 (an S-T taught your course)"
        CurrencyRole,
        StatusRole, ///< pending | transferred | paid | reversed
        StatusLabelRole, ///< "Pending", "Paid out" …
        CreatedAtRole, ///< QDateTime (UTC)
        CreatedDateRole, ///< "Thu 27 Nov 2026" in displayZone
        PaidAtRole, ///< QDateTime (UTC) or invalid
        PaidDateRole, ///< "" when not paid out yet
        RoleRole, ///< taught_by_you | st_taught_your_course | as_st
        StudentNameRole, ///< who paid ("" when unknown)
        TeacherNameRole, ///< who taught
        SessionDateRole, ///< "Thu 3 Dec 2026, 18:00" in displayZone; "" when unknown
        StatusDateTextRole, ///< "Paid out on 3 Dec 2026", "Refunded on … · not counted" …
    };
    Q_ENUM(Role)

    explicit SplitListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSplits(const QList<Split> &splits);
    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &status);
    int totalCount() const { return int(m_all.size()); }
    QString displayZone() const { return m_displayZone; }
    void setDisplayZone(const QString &zone);
    void setLocale(const QLocale &locale);
    // How many splits have this status (before filtering).
    Q_INVOKABLE int countWithStatus(const QString &status) const;

    const Split *at(int row) const;

Q_SIGNALS:
    void statusFilterChanged();
    void countChanged();
    void displayZoneChanged();

private:
    void rebuild();

    QList<Split> m_all;
    QList<Split> m_visible;
    QString m_statusFilter;
    QString m_displayZone;
    QLocale m_locale;
};

} // namespace companion
