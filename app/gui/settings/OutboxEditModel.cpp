#include "app/gui/settings/OutboxEditModel.h"

#include "models/schedule/ScheduleText.h"
#include "models/time/DateText.h"

#include <QLocale>
#include <QTimeZone>

namespace companion {

namespace {
// The outbox validated every body when it was queued; a damaged one reads as empty.
Schedule scheduleOf(const QJsonObject &json)
{
    return Schedule::fromJson(json).value_or(Schedule {});
}
} // namespace

OutboxEditModel::OutboxEditModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int OutboxEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edits.size());
}

const OutboxEdit *OutboxEditModel::at(int row) const
{
    return row >= 0 && row < m_edits.size() ? &m_edits.at(row) : nullptr;
}

QVariant OutboxEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEdit &e = m_edits.at(index.row());
    const bool conflict = e.state == OutboxEdit::State::Conflict;
    switch (role) {
    case SeqRole:
        return e.seq;
    case KindRole:
        return e.kind;
    case Qt::DisplayRole:
    case TitleRole:
        return e.kind == QLatin1String("availability")  ? tr("Weekly availability")
            : e.kind == QLatin1String("session_cancel") ? tr("Cancel a session")
            : e.kind == QLatin1String("feed_post")
            ? tr("Post to %1").arg(e.body.value(QLatin1String("feed_title")).toString())
            : e.kind;
    case StateRole:
        return OutboxEdit::stateName(e.state);
    case IsPendingRole:
        return e.state == OutboxEdit::State::Pending;
    case IsConflictRole:
        return conflict;
    case IsFailedRole:
        return e.state == OutboxEdit::State::Failed;
    case CreatedAtRole:
        return e.createdAt;
    case CreatedTextRole: {
        const QTimeZone zone(m_displayZone.toUtf8());
        return QLocale().toString(e.createdAt.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()),
                                  DateText::pattern(DateText::Style::WeekdayDateTime));
    }
    case MineTextRole:
        if (e.kind == QLatin1String("session_cancel"))
            return tr("Reason: %1").arg(e.body.value(QLatin1String("reason")).toString());
        if (e.kind == QLatin1String("feed_post"))
            return e.body.value(QLatin1String("text")).toString();
        return ScheduleText::describe(scheduleOf(e.body)).join(QLatin1Char('\n'));
    case TheirsTextRole:
        return conflict ? ScheduleText::describe(scheduleOf(e.serverBody)).join(QLatin1Char('\n'))
                        : QString();
    case DifferencesRole:
        return conflict ? ScheduleText::differences(scheduleOf(e.body), scheduleOf(e.serverBody))
                        : QStringList();
    case ErrorRole:
        return e.error;
    case BaseVersionRole:
        return e.baseVersion;
    case ServerVersionRole:
        return e.serverVersion;
    }
    return {};
}

QHash<int, QByteArray> OutboxEditModel::roleNames() const
{
    return {
        { SeqRole, "seq" },
        { KindRole, "kind" },
        { TitleRole, "title" },
        { StateRole, "state" },
        { IsPendingRole, "isPending" },
        { IsConflictRole, "isConflict" },
        { IsFailedRole, "isFailed" },
        { CreatedAtRole, "createdAt" },
        { CreatedTextRole, "createdText" },
        { MineTextRole, "mineText" },
        { TheirsTextRole, "theirsText" },
        { DifferencesRole, "differences" },
        { ErrorRole, "error" },
        { BaseVersionRole, "baseVersion" },
        { ServerVersionRole, "serverVersion" },
    };
}

void OutboxEditModel::setEdits(const QList<OutboxEdit> &edits)
{
    const qsizetype before = m_edits.size();
    beginResetModel();
    m_edits = edits;
    endResetModel();
    if (before != m_edits.size())
        Q_EMIT countChanged();
}

} // namespace companion
