// The core's messages in the Indonesian window. The window installs the translation built from
// ui/translations/kasir_id.ts (":/i18n/kasir_id") and the core looks its messages up with
// QCoreApplication::translate(); a message filed by lupdate under another context than the one
// the code looks up stays English although the .ts file has it translated. So this test loads
// the same translation the same way as app/gui/main.cpp and produces each message through the
// core function a cashier meets it from.

#include "api/ApiResponseParser.h"
#include "api/MerchantApiClient.h"
#include "catalog/ProductCatalog.h"
#include "customer/CustomerId.h"
#include "money/Money.h"
#include "sale/SaleDecision.h"
#include "settings/AppSettings.h"
#include "settings/RuntimeConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

using namespace Kasir;

Q_DECLARE_METATYPE(std::function<QString()>)

namespace {

using Producer = std::function<QString()>;

QString amountError(const QString &input)
{
    return parseCashierAmount(input, AmountLimits {}).error;
}

QString numberError(const QString &input)
{
    return normalizeCustomerId(input, CustomerIdRule {}).error;
}

QString accountError(const QString &input)
{
    CustomerIdRule rule;
    rule.kind = CustomerIdRule::Kind::Account;
    rule.accountPattern = QStringLiteral("[0-9]{10}");
    return normalizeCustomerId(input, rule).error;
}

QString catalogError(const QByteArray &json)
{
    ProductCatalog catalog;
    QString error;
    ProductCatalog::loadFromJson(json, &catalog, &error);
    return error;
}

QString parserReason(int httpStatus, const QByteArray &body)
{
    ApiRequest request;
    request.productId = QStringLiteral("GOPAY");
    request.custId = QStringLiteral("08123456789");
    request.amount = Money::fromRupiah(50000);
    request.reqId = QStringLiteral("r1");
    return ApiResponseParser::parse(Endpoint::Payment, request, httpStatus, body).reason();
}

} // namespace

class CoreMessagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void indonesian_data();
    void indonesian();
    void noMessageFiledOutsideItsContext();

private:
    QTranslator m_translator;
    QTemporaryDir m_dir;
};

void CoreMessagesTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    // As app/gui/main.cpp does for the default language.
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/kasir_id")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void CoreMessagesTest::indonesian_data()
{
    QTest::addColumn<Producer>("produce");
    QTest::addColumn<QString>("expected");

    QTest::newRow("amount empty") << Producer([] { return amountError(QString()); })
                                  << QStringLiteral("Masukkan nominal.");
    QTest::newRow("amount decimals") << Producer([] {
        return amountError(QStringLiteral("50,5"));
    }) << QStringLiteral("Nominal dalam rupiah bulat: tanpa desimal atau koma (tulis 50.000).");
    QTest::newRow("amount negative") << Producer([] { return amountError(QStringLiteral("-5000")); })
                                     << QStringLiteral("Nominal tidak boleh negatif.");
    QTest::newRow("amount dots") << Producer([] {
        return amountError(QStringLiteral("5.00.0"));
    }) << QStringLiteral("Tulis nominal dengan angka, titik hanya sebagai pemisah ribuan (50.000).");
    QTest::newRow("amount letters") << Producer([] {
        return amountError(QStringLiteral("abc"));
    }) << QStringLiteral("Nominal hanya boleh berisi angka (misalnya 50000 atau 50.000).");
    QTest::newRow("amount huge") << Producer([] {
        return amountError(QStringLiteral("99999999999999999999"));
    }) << QStringLiteral("Nominal terlalu besar.");
    QTest::newRow("amount minimum") << Producer([] { return amountError(QStringLiteral("500")); })
                                    << QStringLiteral("Top-up minimal Rp 1.000.");
    QTest::newRow("amount maximum") << Producer([] { return amountError(QStringLiteral("20000000")); })
                                    << QStringLiteral("Top-up maksimal Rp 10.000.000.");

    QTest::newRow("number letters") << Producer([] { return numberError(QStringLiteral("08a")); })
                                    << QStringLiteral("Nomor HP hanya berisi angka.");
    QTest::newRow("number empty") << Producer([] { return numberError(QString()); })
                                  << QStringLiteral("Masukkan nomor HP pelanggan.");
    QTest::newRow("number landline") << Producer([] { return numberError(QStringLiteral("0215551234")); })
                                     << QStringLiteral("Nomor HP Indonesia diawali 08, 62 atau +62.");
    QTest::newRow("number short") << Producer([] {
        return numberError(QStringLiteral("0812"));
    }) << QStringLiteral("Nomor HP terlalu pendek (08 diikuti 8 sampai 11 angka).");
    QTest::newRow("number long") << Producer([] {
        return numberError(QStringLiteral("081234567890123"));
    }) << QStringLiteral("Nomor HP terlalu panjang (08 diikuti 8 sampai 11 angka).");
    QTest::newRow("account empty") << Producer([] { return accountError(QString()); })
                                   << QStringLiteral("Masukkan ID akun pelanggan.");
    QTest::newRow("account invalid") << Producer([] { return accountError(QStringLiteral("12")); })
                                     << QStringLiteral("ID akun ini tidak sah untuk produk tersebut.");

    QTest::newRow("catalog json") << Producer([] { return catalogError("nope"); }) << QString();
    QTest::newRow("catalog empty") << Producer([] { return catalogError(R"({"products":[]})"); })
                                   << QString();

    QTest::newRow("key file unreadable") << Producer([this] {
        qputenv("KASIR_API_KEY", QByteArray());
        QSettings raw(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings settings(&raw);
        settings.setApiKeyFile(m_dir.filePath(QStringLiteral("missing.key")));
        return RuntimeConfig::liveEndpoint(QString(), settings).error;
    }) << QString();

    QTest::newRow("base url") << Producer([] {
        return MerchantApiClient::checkBaseUrl(QUrl(QStringLiteral("ftp://x")));
    }) << QString();
    QTest::newRow("server error") << Producer([] {
        return parserReason(503, "oops");
    }) << QStringLiteral("Server bermasalah (HTTP 503); hasilnya belum diketahui.");
    QTest::newRow("unreadable answer") << Producer([] { return parserReason(200, "not json"); }) << QString();

    // Answers that are not believed, and what the client refuses to send.
    const QByteArray zeroPrice = R"({"success":true,"rc":"000","data":{"req_id":"r1","product_id":"GOPAY",)"
                                 R"("cust_id":"08123456789","amount":"50000","status":"SUCCESS","rc":"000",)"
                                 R"("unit_price":"0","balance_used":"0","serial_no":"GW1"}})";
    QTest::newRow("contradicting answer")
        << Producer([zeroPrice] { return parserReason(200, zeroPrice); })
        << QStringLiteral("Jawaban saling bertentangan (unit_price bernilai nol; "
                          "balance_used bernilai nol); disimpan untuk diperiksa.");
    QTest::newRow("held for the manager") << Producer([zeroPrice] {
        SaleRecord row;
        row.reqId = QStringLiteral("r1");
        row.productId = QStringLiteral("GOPAY");
        row.custId = QStringLiteral("08123456789");
        row.amount = Money::fromRupiah(50000);
        row.attempts = 1;
        const ApiResult result = ApiResponseParser::parse(Endpoint::Payment,
            ApiRequest { row.productId, row.custId, row.amount, row.reqId }, 200, zeroPrice);
        DecisionContext context;
        context.maxAdminFee = Money::fromRupiah(10000);
        return SaleDecision::apply(row, result, context).flagReason;
    }) << QStringLiteral("unit_price bernilai nol; balance_used bernilai nol");
    QTest::newRow("api key with a line break")
        << Producer([] { return MerchantApiClient::checkApiKey(QStringLiteral("key\r\nX-Other: 1")); })
        << QStringLiteral(
               "Kunci API berisi karakter kontrol (misalnya pindah baris); periksa cara kunci itu diatur.");
    QTest::newRow("catalog admin fee")
        << Producer([] { return catalogError(R"({"products":[{"code":"OVO","maxAdminFee":-1}]})"); })
        << QStringLiteral("Produk OVO: maxAdminFee harus rupiah bulat.");
}

// Each message is the Indonesian text (when given), and in every case differs from the English
// source text produced with no translation installed.
void CoreMessagesTest::indonesian()
{
    QFETCH(Producer, produce);
    QFETCH(QString, expected);

    const QString shown = produce();
    QVERIFY(!shown.isEmpty());
    QCoreApplication::removeTranslator(&m_translator);
    const QString english = produce();
    QVERIFY(QCoreApplication::installTranslator(&m_translator));

    QVERIFY2(shown != english, qPrintable(QStringLiteral("still English: ") + shown));
    if (!expected.isEmpty())
        QCOMPARE(shown, expected);
}

// lupdate files a tr() that is not inside a class (a file-local function) under the bare
// namespace "Kasir"; nothing looks messages up there, so such a context means English on screen.
void CoreMessagesTest::noMessageFiledOutsideItsContext()
{
    for (const QString &name : { QStringLiteral("kasir_id.ts"), QStringLiteral("kasir_en.ts") }) {
        QFile f(QStringLiteral(KASIR_TS_DIR "/") + name);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QXmlStreamReader xml(&f);
        QStringList contexts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                contexts << xml.readElementText();
        }
        QVERIFY(!xml.hasError());
        QVERIFY(contexts.contains(QStringLiteral("Kasir::Money")));
        QVERIFY(contexts.contains(QStringLiteral("Kasir::CustomerId")));
        QVERIFY2(!contexts.contains(QStringLiteral("Kasir")), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(CoreMessagesTest)
#include "tst_ui_coremessages.moc"
