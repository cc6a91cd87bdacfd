#include "models/itemmodels/SplitListModel.h"

#include "models/itemmodels/EarningsSummaryModel.h"
#include "models/time/DateText.h"

#include <QTimeZone>

#include <algorithm>

namespace companion {

SplitListModel::SplitListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SplitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

const Split *SplitListModel::at(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_visible.at(row) : nullptr;
}

QVariant SplitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Split &s = m_visible.at(index.row());
    const QTimeZone zone(m_displayZone.toUtf8());
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
    // Integer percentage: 900 of 6000 is 15. The rule's shares are whole
    // percentages, so this is exact for every split the platform makes.
    const int percent = s.grossAmountCents > 0 ? int((s.amountCents * 100) / s.grossAmountCents) : 0;
    switch (role) {
    case Qt::DisplayRole:
    case CourseTitleRole:
        return s.courseTitle.isEmpty() ? tr("Course removed") : s.courseTitle;
    case IdRole:
        return s.id;
    case CourseIdRole:
        return s.courseId;
    case SessionIdRole:
        return s.sessionId;
    case RecipientTypeRole:
        return s.recipientType;
    case AmountCentsRole:
        return s.amountCents;
    case AmountTextRole:
        return MoneyFormat::format(s.amountCents, s.currency, m_locale);
    case GrossCentsRole:
        return s.grossAmountCents;
    case GrossTextRole:
        return MoneyFormat::format(s.grossAmountCents, s.currency, m_locale);
    case PercentRole:
        return percent;
    case RuleTextRole: {
        // The rule as the platform applied it, with who taught when it was someone else.
        const QString gross = MoneyFormat::format(s.grossAmountCents, s.currency, m_locale);
        switch (s.role) {
        case SplitRole::AsSt:
            return tr("%1% of %2 · you taught as an S-T").arg(percent).arg(gross);
        case SplitRole::StTaughtYourCourse:
            return s.teacherName.isEmpty()
                ? tr("%1% of %2 · an S-T taught your course").arg(percent).arg(gross)
                : tr("%1% of %2 · %3 taught your course").arg(percent).arg(gross, s.teacherName);
        case SplitRole::TaughtByYou:
            break;
        }
        return tr("%1% of %2 · you taught your course").arg(percent).arg(gross);
    }
    case RoleRole:
        return splitRoleToString(s.role);
    case StudentNameRole:
        return s.studentName;
    case TeacherNameRole:
        return s.teacherName;
    case SessionDateRole:
        return s.sessionStart.isValid() ? DateText::format(s.sessionStart.toTimeZone(shown),
                                                           DateText::Style::WeekdayFullDateTime, m_locale)
                                        : QString();
    case StatusDateTextRole: {
        const QString on
            = DateText::format(s.statusChangedAt().toTimeZone(shown).date(), DateText::Style::Date, m_locale);
        if (s.status == u"paid")
            return tr("Paid out on %1").arg(on);
        if (s.status == u"transferred")
            return tr("Transferred on %1").arg(on);
        if (s.status == u"reversed")
            return tr("Refunded on %1 · not counted").arg(on);
        return tr("Booked on %1 · waiting for transfer").arg(on);
    }
    case CurrencyRole:
        return s.currency;
    case StatusRole:
        return s.status;
    case StatusLabelRole:
        return EarningsSummaryModel::statusLabel(s.status);
    case CreatedAtRole:
        return s.createdAt;
    case CreatedDateRole:
        return DateText::format(s.createdAt.toTimeZone(shown).date(), DateText::Style::WeekdayFullDate,
                                m_locale);
    case PaidAtRole:
        return s.paidAt;
    case PaidDateRole:
        return s.paidAt.isValid()
            ? DateText::format(s.paidAt.toTimeZone(shown).date(), DateText::Style::Date, m_locale)
            : QString();
    }
    return {};
}

QHash<int, QByteArray> SplitListModel::roleNames() const
{
    return {
        { IdRole, "splitId" },
        { CourseTitleRole, "courseTitle" },
        { CourseIdRole, "courseId" },
        { SessionIdRole, "sessionId" },
        { RecipientTypeRole, "recipientType" },
        { AmountCentsRole, "amountCents" },
        { AmountTextRole, "amountText" },
        { GrossCentsRole, "grossCents" },
        { GrossTextRole, "grossText" },
        { PercentRole, "percent" },
        { RuleTextRole, "ruleText" },
        { RoleRole, "splitRole" },
        { StudentNameRole, "studentName" },
        { TeacherNameRole, "teacherName" },
        { SessionDateRole, "sessionDate" },
        { StatusDateTextRole, "statusDateText" },
        { CurrencyRole, "currency" },
        { StatusRole, "status" },
        { StatusLabelRole, "statusLabel" },
        { CreatedAtRole, "createdAt" },
        { CreatedDateRole, "createdDate" },
        { PaidAtRole, "paidAt" },
        { PaidDateRole, "paidDate" },
    };
}

void SplitListModel::setSplits(const QList<Split> &splits)
{
    m_all = splits;
    // Newest first; the id breaks ties so the order is stable across syncs.
    std::sort(m_all.begin(), m_all.end(), [](const Split &a, const Split &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id < b.id;
    });
    rebuild();
}

void SplitListModel::setStatusFilter(const QString &status)
{
    if (m_statusFilter == status)
        return;
    m_statusFilter = status;
    rebuild();
    Q_EMIT statusFilterChanged();
}

void SplitListModel::setDisplayZone(const QString &zone)
{
    if (m_displayZone == zone)
        return;
    m_displayZone = zone;
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1), { CreatedDateRole, PaidDateRole });
    Q_EMIT displayZoneChanged();
}

void SplitListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1));
}

int SplitListModel::countWithStatus(const QString &status) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [&status](const Split &s) { return status.isEmpty() || s.status == status; }));
}

void SplitListModel::rebuild()
{
    QList<Split> visible;
    if (m_statusFilter.isEmpty()) {
        visible = m_all;
    } else {
        for (const Split &split : std::as_const(m_all))
            if (split.status == m_statusFilter)
                visible << split;
    }
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
    // count and totalCount share the signal.
    Q_EMIT countChanged();
}

} // namespace companion
