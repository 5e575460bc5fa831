#include "people/AccessPolicy.h"

#include <QTest>

using namespace Kasir;

Q_DECLARE_METATYPE(Kasir::ProtectedAction)

class tst_AccessPolicy : public QObject
{
    Q_OBJECT
private slots:
    void roles_data();
    void roles();
    void roleNames();
};

void tst_AccessPolicy::roles_data()
{
    QTest::addColumn<ProtectedAction>("action");
    QTest::addColumn<bool>("cashier");
    QTest::addColumn<bool>("manager");
    QTest::newRow("sale") << ProtectedAction::Sale << true << true;
    QTest::newRow("first print") << ProtectedAction::FirstPrint << true << true;
    QTest::newRow("manual re-check") << ProtectedAction::ManualRecheck << true << true;
    QTest::newRow("shift report") << ProtectedAction::ShiftReport << true << true;
    QTest::newRow("settings") << ProtectedAction::Settings << false << true;
    QTest::newRow("manager page") << ProtectedAction::ManagerPage << false << true;
    QTest::newRow("reports beyond shift") << ProtectedAction::ReportsBeyondShift << false << true;
    QTest::newRow("close") << ProtectedAction::Close << false << true;
    QTest::newRow("second reprint") << ProtectedAction::SecondReprint << false << true;
    QTest::newRow("restore backup") << ProtectedAction::RestoreBackup << false << true;
    QTest::newRow("manage users") << ProtectedAction::ManageUsers << false << true;
    QTest::newRow("resolve") << ProtectedAction::Resolve << false << true;
    QTest::newRow("export") << ProtectedAction::Export << false << true;
}

void tst_AccessPolicy::roles()
{
    QFETCH(ProtectedAction, action);
    QFETCH(bool, cashier);
    QFETCH(bool, manager);
    QCOMPARE(AccessPolicy::allows(Role::Cashier, action), cashier);
    QCOMPARE(AccessPolicy::allows(Role::Manager, action), manager);
    QCOMPARE(AccessPolicy::needsManager(action), !cashier);
}

void tst_AccessPolicy::roleNames()
{
    QCOMPARE(roleName(Role::Cashier), QStringLiteral("cashier"));
    QCOMPARE(roleName(Role::Manager), QStringLiteral("manager"));
    QCOMPARE(roleFromName(QStringLiteral(" Manager ")), std::optional<Role>(Role::Manager));
    QCOMPARE(roleFromName(QStringLiteral("cashier")), std::optional<Role>(Role::Cashier));
    QVERIFY(!roleFromName(QStringLiteral("admin")));
}

QTEST_GUILESS_MAIN(tst_AccessPolicy)
#include "tst_accesspolicy.moc"
