#include "catalog/ProductCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using Kasir::ProductCatalog;

class TestProductCatalog : public QObject
{
    Q_OBJECT
private slots:
    void builtInHasTheFiveWallets();
    void managerCanAddAProduct();
    void invalidFiles_data();
    void invalidFiles();
    void missingFile();
};

void TestProductCatalog::builtInHasTheFiveWallets()
{
    const ProductCatalog catalog = ProductCatalog::builtIn();
    QStringList codes;
    for (const auto &product : catalog.products())
        codes << product.code;
    QCOMPARE(codes,
        (QStringList { QStringLiteral("GOPAY"), QStringLiteral("OVO"), QStringLiteral("DANA"),
            QStringLiteral("SHOPEEPAY"), QStringLiteral("LINKAJA") }));
    const auto *gopay = catalog.find(QStringLiteral("gopay"));
    QVERIFY(gopay);
    QCOMPARE(gopay->name, QStringLiteral("GoPay"));
    QCOMPARE(gopay->functionKey, 1);
    QCOMPARE(catalog.find(QStringLiteral("LINKAJA"))->functionKey, 5);
    QCOMPARE(catalog.find(QStringLiteral("SHOPEEPAY"))->name, QStringLiteral("ShopeePay"));
    QVERIFY(gopay->customerRule.kind == Kasir::CustomerIdRule::Kind::Phone);
    QCOMPARE(gopay->limits.minimum.rupiah(), qint64(1000));
    QCOMPARE(gopay->limits.maximum.rupiah(), qint64(10000000));
    for (const auto &product : catalog.products())
        QCOMPARE(product.maxAdminFee.rupiah(), qint64(10000));
    QVERIFY(!catalog.find(QStringLiteral("PULSA")));
}

void TestProductCatalog::managerCanAddAProduct()
{
    const QByteArray json = R"({"products": [
        {"code": "GOPAY", "name": "GoPay", "customer": "phone"},
        {"code": "BRIZZI", "name": "BRIZZI", "customer": "account", "accountPattern": "[0-9]{16}",
         "minAmount": "20000", "maxAmount": 1000000, "maxAdminFee": 2500}
    ]})";
    ProductCatalog catalog;
    QString error;
    QVERIFY2(ProductCatalog::loadFromJson(json, &catalog, &error), qPrintable(error));
    const auto *brizzi = catalog.find(QStringLiteral("BRIZZI"));
    QVERIFY(brizzi);
    QVERIFY(brizzi->customerRule.kind == Kasir::CustomerIdRule::Kind::Account);
    QCOMPARE(brizzi->limits.minimum.rupiah(), qint64(20000));
    QCOMPARE(brizzi->limits.maximum.rupiah(), qint64(1000000));
    QCOMPARE(brizzi->maxAdminFee.rupiah(), qint64(2500));
    QCOMPARE(catalog.find(QStringLiteral("GOPAY"))->maxAdminFee.rupiah(), qint64(10000)); // the default
    const auto check
        = Kasir::normalizeCustomerId(QStringLiteral("6013 0100 0000 0001"), brizzi->customerRule);
    QVERIFY2(check.ok, qPrintable(check.error));
    QCOMPARE(check.normalized, QStringLiteral("6013010000000001"));
}

void TestProductCatalog::invalidFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not json") << QByteArray("{products") << QStringLiteral("not valid JSON");
    QTest::newRow("no products") << QByteArray(R"({"products": []})") << QStringLiteral("no products");
    QTest::newRow("bad code") << QByteArray(R"({"products": [{"code": "go pay"}]})")
                              << QStringLiteral("capital letters");
    QTest::newRow("twice") << QByteArray(R"({"products": [{"code": "OVO"}, {"code": "ovo"}]})")
                           << QStringLiteral("listed twice");
    QTest::newRow("bad kind") << QByteArray(R"({"products": [{"code": "OVO", "customer": "email"}]})")
                              << QStringLiteral("\"phone\" or \"account\"");
    QTest::newRow("fractional money") << QByteArray(R"({"products": [{"code": "OVO", "minAmount": 1000.5}]})")
                                      << QStringLiteral("whole rupiah");
    QTest::newRow("max below min") << QByteArray(
        R"({"products": [{"code": "OVO", "minAmount": 50000, "maxAmount": 20000}]})")
                                   << QStringLiteral("below minAmount");
    QTest::newRow("negative admin fee") << QByteArray(R"({"products": [{"code": "OVO", "maxAdminFee": -1}]})")
                                        << QStringLiteral("maxAdminFee must be whole rupiah");
}

void TestProductCatalog::invalidFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    ProductCatalog catalog = ProductCatalog::builtIn();
    QString error;
    QVERIFY(!ProductCatalog::loadFromJson(json, &catalog, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QCOMPARE(catalog.products().size(), 5); // untouched on failure
}

void TestProductCatalog::missingFile()
{
    QTemporaryDir dir;
    ProductCatalog catalog;
    QString error;
    QVERIFY(!ProductCatalog::loadFromFile(dir.filePath(QStringLiteral("none.json")), &catalog, &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot read")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProductCatalog)
#include "tst_productcatalog.moc"
