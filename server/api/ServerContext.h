#pragma once

#include <QStringList>
#include <QUrl>

namespace companion::server {

class AvailabilityStore;
class BookingStore;
class CalendarFeedStore;
class CatalogStore;
class ChangeLog;
class Database;
class EmailProvider;
class FeedProvider;
class IdempotencyStore;
class PaymentLedger;
class PaymentProvider;
class ProposalStore;
class ProviderJobQueue;
class ProviderWorkers;
struct ProviderConfig;
class SessionStore;
class SplitStore;
class UserStore;
class VideoProvider;

// What route classes need, owned by PlatformServer. Routes hold a reference to it.
struct ServerContext
{
    Database *db = nullptr;
    ChangeLog *changes = nullptr;
    UserStore *users = nullptr;
    AvailabilityStore *availability = nullptr;
    CatalogStore *catalog = nullptr;
    SessionStore *sessions = nullptr;
    SplitStore *splits = nullptr;
    BookingStore *bookings = nullptr;
    CalendarFeedStore *calendarFeeds = nullptr;
    ProposalStore *proposals = nullptr;
    IdempotencyStore *idempotency = nullptr;
    // video, payments, email: null when that service has no URL and the build no sandboxes
    VideoProvider *video = nullptr;
    PaymentProvider *payments = nullptr;
    EmailProvider *email = nullptr;
    FeedProvider *feeds = nullptr;
    ProviderWorkers *workers = nullptr; // where calls to video, payments and email run
    const ProviderConfig *config = nullptr;
    ProviderJobQueue *jobs = nullptr;
    PaymentLedger *ledger = nullptr;
    QUrl baseUrl; // the public base URL: every link handed to others starts with it
    QStringList returnOrigins; // besides baseUrl's, where Stripe may send the browser back to
};

} // namespace companion::server
