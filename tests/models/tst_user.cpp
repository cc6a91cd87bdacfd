#include "models/ApiError.h"
#include "models/User.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace companion;

class TestUser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const User user { QStringLiteral("usr_1"),          QStringLiteral("maya@demo.test"),
                          QStringLiteral("Maya Lindqvist"), { Role::Creator, Role::StudentTeacher },
                          QStringLiteral("Europe/Berlin"),  QStringLiteral("bounced") };
        const auto parsed = User::fromJson(user.toJson());
        QVERIFY(parsed);
        QCOMPARE(*parsed, user);
        QCOMPARE(rolesDisplayName(parsed->roles), QStringLiteral("Creator · S-T"));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("missing id") << QByteArray(R"({"email":"a@b","name":"A","roles":[]})") << "user.id";
        QTest::newRow("numeric id") << QByteArray(R"({"id":7,"email":"a@b","name":"A","roles":[]})")
                                    << "user.id";
        QTest::newRow("empty email") << QByteArray(R"({"id":"u","email":"","name":"A","roles":[]})")
                                     << "user.email";
        QTest::newRow("roles not array")
            << QByteArray(R"({"id":"u","email":"a@b","name":"A","roles":"st"})") << "user.roles";
        QTest::newRow("role not string")
            << QByteArray(R"({"id":"u","email":"a@b","name":"A","roles":[1]})") << "user.roles";
        QTest::newRow("zone not string")
            << QByteArray(R"({"id":"u","email":"a@b","name":"A","roles":[],"time_zone":3})")
            << "user.time_zone";
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedError);
        QString error;
        QVERIFY(!User::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    }

    void unknownRolesAreSkipped()
    {
        const auto user = User::fromJson(
            QJsonDocument::fromJson(R"({"id":"u","email":"a@b","name":"A","roles":["student","st"]})")
                .object());
        QVERIFY(user);
        QCOMPARE(user->roles, QList<Role> { Role::StudentTeacher });
        QCOMPARE(rolesDisplayName(user->roles), QStringLiteral("S-T"));
    }

    void apiErrorRoundTrip()
    {
        ApiError error { QStringLiteral("validation_failed"), QStringLiteral("Check the fields."), {} };
        error.fields.insert(QStringLiteral("email"), QStringLiteral("Email is required."));
        const auto parsed = ApiError::fromJson(error.toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->code, error.code);
        QCOMPARE(parsed->message, error.message);
        QCOMPARE(parsed->fields, error.fields);
        QVERIFY(!ApiError::fromJson(QJsonDocument::fromJson(R"({"error":"boom"})").object()));
        QVERIFY(!ApiError::fromJson(QJsonDocument::fromJson(R"({"message":"x"})").object()));
    }
};

QTEST_GUILESS_MAIN(TestUser)
#include "tst_user.moc"
