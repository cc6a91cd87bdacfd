#pragma once

#include "models/itemmodels/CalendarMonthModel.h"
#include "models/itemmodels/CalendarWeekModel.h"
#include "models/itemmodels/DateBlockListModel.h"
#include "models/itemmodels/DateOverrideListModel.h"
#include "models/itemmodels/EarningsChartModel.h"
#include "models/itemmodels/EarningsSummaryModel.h"
#include "models/itemmodels/FeedActivityListModel.h"
#include "models/itemmodels/FeedChannelListModel.h"
#include "models/itemmodels/SessionListModel.h"
#include "models/itemmodels/SplitListModel.h"
#include "services/auth/AuthSession.h"
#include "services/sync/SyncEngine.h"

#include <QtQml/qqml.h>

// services/ and models/ know nothing of QML; these wrappers expose their types
// to it (Merkuro's foreigntypes.h pattern).
struct AuthSessionForeign
{
    Q_GADGET
    QML_FOREIGN(companion::AuthSession)
    QML_NAMED_ELEMENT(AuthSession)
    QML_UNCREATABLE("AuthSession is provided by App.session")
};

struct SyncEngineForeign
{
    Q_GADGET
    QML_FOREIGN(companion::SyncEngine)
    QML_NAMED_ELEMENT(SyncEngine)
    QML_UNCREATABLE("SyncEngine is provided by Account.sync")
};

struct SessionListModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::SessionListModel)
    QML_NAMED_ELEMENT(SessionListModel)
    QML_UNCREATABLE("SessionListModel is provided by Account.sessions")
};

struct CalendarWeekModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::CalendarWeekModel)
    QML_NAMED_ELEMENT(CalendarWeekModel)
    QML_UNCREATABLE("CalendarWeekModel is provided by CalendarController")
};

struct CalendarMonthModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::CalendarMonthModel)
    QML_NAMED_ELEMENT(CalendarMonthModel)
    QML_UNCREATABLE("CalendarMonthModel is provided by CalendarController")
};

struct CalendarAgendaModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::CalendarAgendaModel)
    QML_NAMED_ELEMENT(CalendarAgendaModel)
    QML_UNCREATABLE("CalendarAgendaModel is provided by CalendarController")
};

struct DateOverrideListModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::DateOverrideListModel)
    QML_NAMED_ELEMENT(DateOverrideListModel)
    QML_UNCREATABLE("DateOverrideListModel is provided by AvailabilityEditorController.overrides")
};

struct DateBlockListModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::DateBlockListModel)
    QML_NAMED_ELEMENT(DateBlockListModel)
    QML_UNCREATABLE("DateBlockListModel is provided by AvailabilityEditorController.blocks")
};

struct EarningsSummaryModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::EarningsSummaryModel)
    QML_NAMED_ELEMENT(EarningsSummaryModel)
    QML_UNCREATABLE("EarningsSummaryModel is provided by EarningsController.summary")
};

struct SplitListModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::SplitListModel)
    QML_NAMED_ELEMENT(SplitListModel)
    QML_UNCREATABLE("SplitListModel is provided by EarningsController.splits")
};
struct FeedChannelListModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::FeedChannelListModel)
    QML_NAMED_ELEMENT(FeedChannelListModel)
    QML_UNCREATABLE("FeedChannelListModel is provided by Feeds.channels")
};

struct FeedActivityListModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::FeedActivityListModel)
    QML_NAMED_ELEMENT(FeedActivityListModel)
    QML_UNCREATABLE("FeedActivityListModel is provided by Feeds.activities")
};

struct EarningsChartModelForeign
{
    Q_GADGET
    QML_FOREIGN(companion::EarningsChartModel)
    QML_NAMED_ELEMENT(EarningsChartModel)
    QML_UNCREATABLE("EarningsChartModel is provided by EarningsController.chart")
};
