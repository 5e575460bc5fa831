#include "people/PinHasher.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Kasir;

class tst_PinHasher : public QObject
{
    Q_OBJECT
private slots:
    void validPins_data();
    void validPins();
    void knownVector();
    void newHashIsSaltedAndSlow();
    void matches();
    void tooFewIterationsRefused();
};

void tst_PinHasher::validPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4 digits") << QStringLiteral("1234") << true;
    QTest::newRow("8 digits") << QStringLiteral("12345678") << true;
    QTest::newRow("3 digits") << QStringLiteral("123") << false;
    QTest::newRow("9 digits") << QStringLiteral("123456789") << false;
    QTest::newRow("letters") << QStringLiteral("12a4") << false;
    QTest::newRow("space") << QStringLiteral("1234 ") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_PinHasher::validPins()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    QCOMPARE(PinHasher::isValidPin(pin), valid);
}

// PBKDF2-HMAC-SHA256 computed independently (RFC 8018, one block) from HMAC primitives.
static QByteArray referencePbkdf2(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt);
    mac.addData(QByteArray::fromHex("00000001"));
    QByteArray u = mac.result();
    QByteArray t = u;
    for (int i = 1; i < iterations; ++i) {
        u = QMessageAuthenticationCode::hash(u, password, QCryptographicHash::Sha256);
        for (int j = 0; j < t.size(); ++j)
            t[j] = char(t.at(j) ^ u.at(j));
    }
    return t;
}

void tst_PinHasher::knownVector()
{
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    const QByteArray derived = PinHasher::derive(QStringLiteral("4321"), salt, PinHasher::MinimumIterations);
    QCOMPARE(derived.size(), PinHasher::HashBytes);
    QCOMPARE(derived.toHex(), referencePbkdf2("4321", salt, PinHasher::MinimumIterations).toHex());
}

void tst_PinHasher::newHashIsSaltedAndSlow()
{
    QVERIFY(PinHasher::DefaultIterations >= 100000);
    const PinHash a = PinHasher::hashNew(QStringLiteral("1234"));
    const PinHash b = PinHasher::hashNew(QStringLiteral("1234"));
    QCOMPARE(a.iterations, PinHasher::DefaultIterations);
    QCOMPARE(a.salt.size(), PinHasher::SaltBytes);
    QVERIFY(a.salt != b.salt);
    QVERIFY(a.hash != b.hash);
    QVERIFY(!a.hash.contains("1234"));
    // A lower count asked for is raised to the minimum.
    QCOMPARE(PinHasher::hashNew(QStringLiteral("1234"), 10).iterations, PinHasher::MinimumIterations);
}

void tst_PinHasher::matches()
{
    const PinHash h = PinHasher::hashNew(QStringLiteral("908172"));
    QVERIFY(PinHasher::matches(QStringLiteral("908172"), h));
    QVERIFY(!PinHasher::matches(QStringLiteral("908173"), h));
    QVERIFY(!PinHasher::matches(QString(), h));
    // The stored iteration count is the one used: a hash made with more still verifies.
    const PinHash more = PinHasher::hashNew(QStringLiteral("5555"), 150000);
    QCOMPARE(more.iterations, 150000);
    QVERIFY(PinHasher::matches(QStringLiteral("5555"), more));
    PinHash wrongCount = more;
    wrongCount.iterations = PinHasher::DefaultIterations;
    QVERIFY(!PinHasher::matches(QStringLiteral("5555"), wrongCount));
}

void tst_PinHasher::tooFewIterationsRefused()
{
    PinHash h = PinHasher::hashNew(QStringLiteral("1234"));
    h.iterations = 1000;
    QVERIFY(!PinHasher::matches(QStringLiteral("1234"), h));
    QVERIFY(PinHasher::derive(QStringLiteral("1234"), h.salt, 1000).isEmpty());
}

QTEST_GUILESS_MAIN(tst_PinHasher)
#include "tst_pinhasher.moc"
