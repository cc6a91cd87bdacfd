#include "server/store/Migrations.h"

namespace companion::server {

namespace {

// Instants are TEXT in RFC 3339 UTC ("2025-01-31T09:00:00Z", sortable as text) except
// token expiries, which are INTEGER Unix seconds because they are only compared. Session
// starts/ends have milliseconds since migration 5 (sessionInstantMilliseconds).
Migration identity()
{
    return { QStringLiteral("identity"),
             {
                 QStringLiteral(R"(CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    password_hash TEXT,
    roles TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    email_status TEXT NOT NULL DEFAULT 'active',
    stripe_account_id TEXT,
    stripe_account_status TEXT NOT NULL DEFAULT 'none',
    stripe_payouts_enabled INTEGER NOT NULL DEFAULT 0,
    stripe_requirements_due TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
                 QStringLiteral(R"(CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
))"),
                 QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens(family_id)"),
                 QStringLiteral(R"(CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
))"),
                 QStringLiteral("CREATE INDEX access_tokens_family ON access_tokens(family_id)"),
             } };
}

// The platform's domain: courses and who teaches them, offerings, availability, sessions
// with attendance, money (transactions and the seed's payment_splits), webhook events,
// idempotency keys and the change log whose sequence drives the sync cursors.
Migration domain()
{
    return { QStringLiteral("domain"),
             {
                 QStringLiteral(R"(CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,
    changed_at TEXT NOT NULL
))"),
                 QStringLiteral(R"(CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    creator_id TEXT NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
))"),
                 QStringLiteral(R"(CREATE TABLE course_teachers (
    course_id TEXT NOT NULL REFERENCES courses(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'approved',
    approved_at TEXT,
    PRIMARY KEY (course_id, user_id)
))"),
                 QStringLiteral(R"(CREATE TABLE availability_schedules (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL UNIQUE REFERENCES users(id),
    name TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
))"),
                 QStringLiteral(R"(CREATE TABLE availability_weekly_rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    schedule_id TEXT NOT NULL REFERENCES availability_schedules(id) ON DELETE CASCADE,
    day_of_week INTEGER NOT NULL,
    start_minute INTEGER NOT NULL,
    end_minute INTEGER NOT NULL
))"),
                 QStringLiteral(R"(CREATE TABLE availability_overrides (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    schedule_id TEXT NOT NULL REFERENCES availability_schedules(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    start_minute INTEGER,
    end_minute INTEGER
))"),
                 QStringLiteral(R"(CREATE TABLE availability_blocks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    schedule_id TEXT NOT NULL REFERENCES availability_schedules(id) ON DELETE CASCADE,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
))"),
                 QStringLiteral(R"(CREATE TABLE offerings (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses(id),
    teacher_id TEXT NOT NULL REFERENCES users(id),
    schedule_id TEXT REFERENCES availability_schedules(id),
    title TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    slot_interval_minutes INTEGER NOT NULL DEFAULT 0,
    buffer_before_minutes INTEGER NOT NULL DEFAULT 0,
    buffer_after_minutes INTEGER NOT NULL DEFAULT 0,
    minimum_notice_minutes INTEGER NOT NULL DEFAULT 0,
    booking_window_days INTEGER,
    max_per_day INTEGER,
    max_per_week INTEGER,
    seats INTEGER NOT NULL DEFAULT 1,
    price_cents INTEGER NOT NULL,
    currency TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
))"),
                 QStringLiteral(R"(CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses(id),
    offering_id TEXT NOT NULL REFERENCES offerings(id),
    teacher_id TEXT NOT NULL REFERENCES users(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'scheduled',
    seats INTEGER NOT NULL DEFAULT 1,
    buffer_before_minutes INTEGER NOT NULL DEFAULT 0,
    buffer_after_minutes INTEGER NOT NULL DEFAULT 0,
    plugnmeet_room_id TEXT,
    plugnmeet_room_sid TEXT,
    recording_status TEXT NOT NULL DEFAULT 'none',
    recording_url TEXT,
    recording_duration_seconds INTEGER,
    cancelled_at TEXT,
    cancel_reason TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    change_seq INTEGER NOT NULL DEFAULT 0
))"),
                 QStringLiteral("CREATE INDEX sessions_teacher ON sessions(teacher_id, starts_at)"),
                 QStringLiteral("CREATE INDEX sessions_course ON sessions(course_id)"),
                 QStringLiteral("CREATE INDEX sessions_change_seq ON sessions(change_seq)"),
                 QStringLiteral(R"(CREATE TABLE enrollments (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses(id),
    student_id TEXT NOT NULL REFERENCES users(id),
    session_id TEXT REFERENCES sessions(id),
    status TEXT NOT NULL DEFAULT 'active',
    created_at TEXT NOT NULL
))"),
                 QStringLiteral("CREATE INDEX enrollments_session ON enrollments(session_id)"),
                 QStringLiteral(R"(CREATE TABLE session_attendance (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    joined_at TEXT NOT NULL,
    left_at TEXT,
    duration_seconds INTEGER
))"),
                 QStringLiteral("CREATE INDEX session_attendance_session ON session_attendance(session_id)"),
                 QStringLiteral(R"(CREATE TABLE transactions (
    id TEXT PRIMARY KEY,
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    student_id TEXT NOT NULL REFERENCES users(id),
    amount_cents INTEGER NOT NULL,
    currency TEXT NOT NULL,
    stripe_checkout_session_id TEXT,
    stripe_payment_intent_id TEXT,
    stripe_charge_id TEXT,
    status TEXT NOT NULL DEFAULT 'succeeded',
    created_at TEXT NOT NULL,
    refunded_at TEXT
))"),
                 QStringLiteral(R"(CREATE TABLE payment_splits (
    id TEXT PRIMARY KEY,
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    transaction_id TEXT NOT NULL REFERENCES transactions(id),
    recipient_id TEXT REFERENCES users(id),
    recipient_type TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    currency TEXT NOT NULL,
    stripe_transfer_id TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    created_at TEXT NOT NULL,
    paid_at TEXT,
    session_id TEXT REFERENCES sessions(id),
    course_id TEXT REFERENCES courses(id),
    updated_at TEXT NOT NULL,
    change_seq INTEGER NOT NULL DEFAULT 0
))"),
                 QStringLiteral(
                     "CREATE INDEX payment_splits_recipient ON payment_splits(recipient_id, change_seq)"),
                 QStringLiteral(R"(CREATE TABLE webhook_events (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received',
    received_at TEXT NOT NULL,
    processed_at TEXT
))"),
                 QStringLiteral(R"(CREATE TABLE idempotency_keys (
    user_id TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response_status INTEGER NOT NULL,
    response_body TEXT NOT NULL,
    response_headers TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
))"),
                 QStringLiteral(R"(CREATE TABLE calendar_feeds (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    token TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
))"),
             } };
}

// Webhooks (issue 4): facts learnt from the providers, stored by their own ids so every
// delivery order converges; a transactional outbox of provider calls; the Connect account
// state as account.updated reports it.
Migration webhooks()
{
    return {
        QStringLiteral("webhooks"),
        {
            QStringLiteral("ALTER TABLE webhook_events ADD COLUMN event_created INTEGER"),
            QStringLiteral("ALTER TABLE users ADD COLUMN email_status_at TEXT"),
            QStringLiteral("ALTER TABLE transactions ADD COLUMN refunded_cents INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE payment_splits ADD COLUMN amount_reversed_cents INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN room_finished_at TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX transactions_checkout ON "
                           "transactions(stripe_checkout_session_id)"),
            QStringLiteral("CREATE INDEX transactions_payment_intent ON "
                           "transactions(stripe_payment_intent_id)"),
            QStringLiteral(R"(CREATE TABLE checkouts (
    id TEXT PRIMARY KEY,
    payment_intent TEXT,
    payment_status TEXT NOT NULL,
    outcome TEXT NOT NULL,
    transaction_id TEXT,
    detail TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL
))"),
            QStringLiteral(R"(CREATE TABLE stripe_charges (
    id TEXT PRIMARY KEY,
    payment_intent TEXT,
    amount_cents INTEGER NOT NULL,
    amount_refunded_cents INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL
))"),
            QStringLiteral("CREATE INDEX stripe_charges_pi ON stripe_charges(payment_intent)"),
            QStringLiteral(R"(CREATE TABLE stripe_transfers (
    id TEXT PRIMARY KEY,
    split_id TEXT,
    destination TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    amount_reversed_cents INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    source_transaction TEXT,
    transfer_group TEXT,
    created INTEGER NOT NULL
))"),
            QStringLiteral("CREATE INDEX stripe_transfers_split ON stripe_transfers(split_id)"),
            QStringLiteral("CREATE INDEX stripe_transfers_destination ON stripe_transfers(destination)"),
            QStringLiteral(R"(CREATE TABLE stripe_payouts (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    status TEXT NOT NULL,
    created INTEGER NOT NULL,
    arrival_date INTEGER NOT NULL,
    status_rank INTEGER NOT NULL
))"),
            QStringLiteral("CREATE INDEX stripe_payouts_account ON stripe_payouts(account_id)"),
            QStringLiteral(R"(CREATE TABLE stripe_accounts (
    id TEXT PRIMARY KEY,
    user_id TEXT REFERENCES users(id),
    charges_enabled INTEGER NOT NULL DEFAULT 0,
    payouts_enabled INTEGER NOT NULL DEFAULT 0,
    details_submitted INTEGER NOT NULL DEFAULT 0,
    currently_due TEXT NOT NULL DEFAULT '[]',
    past_due TEXT NOT NULL DEFAULT '[]',
    eventually_due TEXT NOT NULL DEFAULT '[]',
    pending_verification TEXT NOT NULL DEFAULT '[]',
    disabled_reason TEXT,
    current_deadline INTEGER,
    event_created INTEGER NOT NULL DEFAULT 0,
    event_id TEXT NOT NULL DEFAULT ''
))"),
            QStringLiteral(R"(CREATE TABLE provider_jobs (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    result TEXT,
    created_at TEXT NOT NULL,
    done_at TEXT
))"),
            QStringLiteral("CREATE INDEX provider_jobs_status ON provider_jobs(status)"),
        }
    };
}

// Lookups the webhook handlers make on every event; without them each event scanned the
// growing tables (p99 ingest latency grew with the history).
Migration webhookIndexes()
{
    return { QStringLiteral("webhook_indexes"),
             {
                 QStringLiteral("CREATE INDEX payment_splits_transaction ON payment_splits(transaction_id)"),
                 QStringLiteral("CREATE INDEX payment_splits_session ON payment_splits(session_id)"),
                 QStringLiteral(
                     "CREATE INDEX webhook_events_parked ON webhook_events(provider) WHERE status = "
                     "'parked'"),
             } };
}

// Session instants keep milliseconds (RFC 3339 fractions are part of the instant). They are
// stored fixed width, "yyyy-MM-ddTHH:mm:ss.sssZ" (instant::toStorageStringMs), because
// text with and without a fraction does not sort ("10:00:00.500Z" < "10:00:00Z") and
// busyFor, the reminder scheduler and checkout compare these columns with < and >. Rows
// written before this step are whole-second "yyyy-MM-ddTHH:mm:ssZ"; this rewrites them.
Migration sessionInstantMilliseconds()
{
    const auto rewrite = [](const char *column) {
        return QStringLiteral("UPDATE sessions SET %1 = substr(%1, 1, 19) || '.000Z' WHERE length(%1) = 20 "
                              "AND substr(%1, 20, 1) = 'Z'")
            .arg(QLatin1String(column));
    };
    return { QStringLiteral("session_instant_milliseconds"), { rewrite("starts_at"), rewrite("ends_at") } };
}

// Calendar export (issue 12): a session's version is its ICS SEQUENCE (it goes up when the
// time or the cancellation changes); feed tokens are derived from a server key and only their
// hash is stored, so a copy of the database opens no one's calendar. Old plain tokens cannot
// be hashed in SQL and are dropped: their subscriptions have to be made again.
Migration calendarExport()
{
    return { QStringLiteral("calendar_export"),
             {
                 QStringLiteral("ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 0"),
                 QStringLiteral("DROP TABLE calendar_feeds"),
                 QStringLiteral(R"(CREATE TABLE calendar_feeds (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    token_hash TEXT UNIQUE,
    generation INTEGER NOT NULL,
    created_at TEXT NOT NULL
))"),
             } };
}

// Proposals to move a session (issue 19): the new time is held for the teacher until every
// booked student accepted, one declined, or 24 h before the original start.
Migration sessionProposals()
{
    return { QStringLiteral("session_proposals"),
             {
                 QStringLiteral(R"(CREATE TABLE session_proposals (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    proposed_by TEXT NOT NULL REFERENCES users(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'proposed',
    expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    decided_at TEXT
))"),
                 QStringLiteral("CREATE INDEX session_proposals_session ON session_proposals(session_id)"),
                 QStringLiteral(
                     "CREATE INDEX session_proposals_open ON session_proposals(state, expires_at)"),
                 QStringLiteral(R"(CREATE TABLE proposal_answers (
    proposal_id TEXT NOT NULL REFERENCES session_proposals(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    student_id TEXT NOT NULL REFERENCES users(id),
    token_hash TEXT NOT NULL UNIQUE,
    answer TEXT NOT NULL DEFAULT 'pending',
    answered_at TEXT,
    PRIMARY KEY (proposal_id, enrollment_id)
))"),
             } };
}

// Webhooks acknowledged fast, applied from the inbox (issue 18): an event is recorded as
// 'received' and answered; the applier applies it later, retrying with back-off
// (attempts, next_attempt_at in Unix ms, last_error) until 'dead'. Events of one object
// (object_key) apply in arrival (rowid) order.
Migration webhookInbox()
{
    return {
        QStringLiteral("webhook_inbox"),
        {
            QStringLiteral("ALTER TABLE webhook_events ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE webhook_events ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE webhook_events ADD COLUMN last_error TEXT"),
            QStringLiteral("ALTER TABLE webhook_events ADD COLUMN object_key TEXT NOT NULL DEFAULT ''"),
            // The inbox in arrival order, and an object's earlier events (WebhookEventStore::due).
            QStringLiteral("CREATE INDEX webhook_events_received ON webhook_events(status) WHERE status = "
                           "'received'"),
            QStringLiteral("CREATE INDEX webhook_events_inbox ON webhook_events(object_key) WHERE status = "
                           "'received'"),
            QStringLiteral("CREATE INDEX webhook_events_dead ON webhook_events(provider) WHERE status = "
                           "'dead'"),
        }
    };
}

// Session pages carry their students with their payment state (SessionStore::writeStudents):
// a page joins its enrollments to their transactions, which needs this index (without it SQLite
// builds a transient one over every transaction for each page).
Migration transactionsByEnrollment()
{
    return { QStringLiteral("transactions_by_enrollment"),
             { QStringLiteral("CREATE INDEX transactions_enrollment ON transactions(enrollment_id)") } };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all { identity(),
                                        domain(),
                                        webhooks(),
                                        webhookIndexes(),
                                        sessionInstantMilliseconds(),
                                        calendarExport(),
                                        sessionProposals(),
                                        webhookInbox(),
                                        transactionsByEnrollment() };
    return all;
}

} // namespace companion::server
