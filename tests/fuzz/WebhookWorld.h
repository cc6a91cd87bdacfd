#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace companion::fuzz {

// The platform's webhook routes over a database holding the demo world, for the event
// handler targets. Each input starts from the same seeded state (an in-memory image of it,
// restored with sqlite3_deserialize: a copy of a file per input would cost more than the
// input), so a crash reproduces from its input alone. Deliveries are signed with the configured (development)
// secrets and go through the real routes — signature check, JSON parse, the inbox and the provider's handler
// — exactly as POST /api/webhooks/<endpoint> runs them, minus the socket.
class WebhookWorld
{
public:
    enum class Provider { Stripe, PlugNmeet, Resend };

    // Seeds the template database on first use (seconds: the demo users' passwords), so the
    // targets call it from LLVMFuzzerInitialize.
    static WebhookWorld &instance();

    // `input` is one event (a JSON object) or a JSON array of events, delivered in order to
    // the provider's endpoint (a Stripe event naming an `account` to the Connect endpoint).
    // Anything else is delivered once as the raw body.
    void deliver(Provider provider, const QByteArray &input);

    ~WebhookWorld();

private:
    struct Platform;
    WebhookWorld();
    void restore();

    QTemporaryDir m_dir;
    std::unique_ptr<Platform> m_platform;
    QByteArray m_image; // the seeded database file, journal mode DELETE
};

} // namespace companion::fuzz
