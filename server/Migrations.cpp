#include "server/Migrations.h"

namespace companion::server {

namespace {

// Instants are TEXT in RFC 3339 UTC ("2025-01-31T09:00:00Z", sortable as text) except
// token expiries, which are INTEGER Unix seconds because they are only compared.
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

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all { identity() };
    return all;
}

} // namespace companion::server
