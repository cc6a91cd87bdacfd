// A round trip through the real Secret Service (gnome-keyring in the test's
// D-Bus session), via the same KeychainSecretStore the app uses.
#include "services/auth/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

using namespace companion;

class TestKeychain : public QObject
{
    Q_OBJECT

    SecretResult run(std::function<void(SecretStore::Callback)> operation)
    {
        SecretResult out;
        bool done = false;
        operation([&](const SecretResult &r) {
            out = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }

private Q_SLOTS:
    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("CompanionTest"));
        const QString key = QStringLiteral("roundtrip-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("s3cr3t ✓ with unicode and = signs");

        SecretResult result = run([&](auto done) { store.write(key, secret, done); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = run([&](auto done) { store.read(key, done); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.value, secret);

        result = run([&](auto done) { store.write(key, QStringLiteral("rotated"), done); });
        QVERIFY(result.ok());
        QCOMPARE(run([&](auto done) { store.read(key, done); }).value, QStringLiteral("rotated"));

        QVERIFY(run([&](auto done) { store.remove(key, done); }).ok());
        QCOMPARE(run([&](auto done) { store.read(key, done); }).status, SecretResult::Status::NotFound);
        // Removing again is fine: the entry is gone either way.
        QVERIFY(run([&](auto done) { store.remove(key, done); }).ok());
        QVERIFY(!store.isInsecure());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
