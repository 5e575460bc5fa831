#include "api/MerchantApiClient.h"
#include "clock/Clock.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include "HostileMerchantServer.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kasir;
using Mode = HostileMerchantServer::Mode;

namespace {

constexpr int WaitMs = 30000;
constexpr int ShortDeadlineMs = 1500;

SaleDraft gopayDraft()
{
    SaleDraft d;
    d.productId = QStringLiteral("GOPAY");
    d.custId = QStringLiteral("08123456789");
    d.amount = Money::fromRupiah(50000);
    d.storeFee = Money::fromRupiah(1500);
    d.cashReceived = Money::fromRupiah(60000);
    d.cashier = QStringLiteral("ani");
    return d;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

// The real SaleService, MerchantApiClient and ReceiptStore (a SQLite file) against a merchant that
// lies, and the real kasir-ewallet-cli process against the same merchant.
class TestHostileMerchant : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void serviceModes_data();
    void serviceModes();
    void cliModes_data();
    void cliModes();
    void inquiryIsBoundedToo_data();
    void inquiryIsBoundedToo();
    void notSent_data();
    void notSent();
    void notSentThroughTheCli();
    void badTimeoutExitsTwo_data();
    void badTimeoutExitsTwo();
    void timeoutAtTheLimitsIsAccepted_data();
    void timeoutAtTheLimitsIsAccepted();
    void apiKeyWithControlCharactersExitsFour_data();
    void apiKeyWithControlCharactersExitsFour();
    void sandboxKeyIsNotOnItsCommandLine();
    void customerNumberEchoIsCleaned();
    void cancelledBeforeItStartsSendsNothing();
    void framings_data();
    void framings();
    void tlsPeerIsVerified_data();
    void tlsPeerIsVerified();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &args, const QString &db,
        const QString &apiKey = HostileMerchantServer::apiKey(), const QUrl &baseUrl = QUrl());
    MerchantApiClient *client(const QUrl &baseUrl, int timeoutMs);

    HostileMerchantServer m_server;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    int m_case = 0;
};

void TestHostileMerchant::initTestCase()
{
    qRegisterMetaType<SaleRecord>();
    qRegisterMetaType<ApiResult>();
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KASIR_CLI_BIN"), "KASIR_CLI_BIN must name the CLI");
}

void TestHostileMerchant::init()
{
    m_server.reset();
    m_server.setMode(Mode::Honest);
    ++m_case;
}

MerchantApiClient *TestHostileMerchant::client(const QUrl &baseUrl, int timeoutMs)
{
    ApiConfig config;
    config.baseUrl = baseUrl;
    config.apiKey = HostileMerchantServer::apiKey();
    config.timeoutMs = timeoutMs;
    return new MerchantApiClient(&m_nam, config, this);
}

TestHostileMerchant::Run TestHostileMerchant::cli(
    const QStringList &args, const QString &db, const QString &apiKey, const QUrl &baseUrl)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KASIR_BASE_URL"));
    env.insert(QStringLiteral("KASIR_API_KEY"), apiKey);
    env.insert(QStringLiteral("KASIR_DB"), db);
    env.insert(QStringLiteral("KASIR_CASHIER"), QStringLiteral("Sari"));
    process.setProcessEnvironment(env);
    const QUrl url = baseUrl.isEmpty() ? m_server.baseUrl() : baseUrl;
    process.start(qEnvironmentVariable("KASIR_CLI_BIN"),
        QStringList { QStringLiteral("--base-url"), url.toString() } + args);
    process.closeWriteChannel();
    Run run;
    // The CLI runs in another process: this test's event loop keeps serving it meanwhile.
    QSignalSpy done(&process, &QProcess::finished);
    if (!done.wait(WaitMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestHostileMerchant::serviceModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<int>("charged");
    QTest::addColumn<QString>("why"); // in the flag reason, else in the last error

    auto row = [](const char *name, Mode mode, const char *status, bool flagged, int charged, const char *why,
                   int timeoutMs = 10000) {
        QTest::newRow(name) << int(mode) << timeoutMs << QString::fromLatin1(status) << flagged << charged
                            << QString::fromLatin1(why);
    };
    row("honest", Mode::Honest, "SUCCESS", false, 1, "");
    row("success at price 0", Mode::SuccessZeroPrice, "PENDING", true, 1, "unit_price is zero");
    row("success below nominal", Mode::SuccessBelowNominal, "PENDING", true, 1, "below the nominal");
    row("success at a negative price", Mode::SuccessNegativePrice, "PENDING", true, 1, "is not an amount");
    row("success at an absurd price", Mode::SuccessAbsurdPrice, "PENDING", true, 1, "largest admin fee");
    row("success, balance_used differs", Mode::SuccessUsedDiffers, "PENDING", true, 1,
        "differs from unit_price");
    row("failed with rc 000", Mode::FailedWithRc000, "PENDING", true, 1, "FAILED answer with rc 000");
    row("failed with a serial", Mode::FailedWithSerial, "PENDING", true, 1,
        "FAILED answer with serial number");
    row("failed with a charge", Mode::FailedWithCharge, "PENDING", true, 1,
        "FAILED answer with balance_used 51500");
    row("success under success false", Mode::SuccessUnderTopFalse, "PENDING", true, 1,
        "top level says success false");
    row("top rc against data", Mode::TopRcContradicts, "PENDING", true, 1, "top-level rc 008 contradicts");
    row("documented insufficient balance", Mode::InsufficientBalance, "FAILED", false, 0, "");
    row("409 conflict", Mode::Conflict409, "REJECTED", false, 0,
        "already used with a different request body");
    row("2 MiB answer", Mode::HugeBody, "PENDING", false, 1, "larger than 256 KiB");
    row("one byte every 0.5 s", Mode::Drip, "PENDING", false, 1, "No complete answer within 1.5 s",
        ShortDeadlineMs);
    row("endless chunks", Mode::EndlessChunks, "PENDING", false, 1, "No complete answer within 1.5 s",
        ShortDeadlineMs);
    row("closed without an answer", Mode::CloseWithoutAnswer, "PENDING", false, 1, "without answering");
    row("garbage answer", Mode::GarbageAnswer, "PENDING", false, 1, "not HTTP");
    row("control characters", Mode::ControlCharacters, "SUCCESS", false, 1, "");
}

void TestHostileMerchant::serviceModes()
{
    QFETCH(int, mode);
    QFETCH(int, timeoutMs);
    QFETCH(QString, status);
    QFETCH(bool, flagged);
    QFETCH(int, charged);
    QFETCH(QString, why);
    m_server.setMode(Mode(mode));

    const QString path = m_dir.filePath(QStringLiteral("service-%1.sqlite").arg(m_case));
    ReceiptStore store(path, SystemClock::instance());
    QVERIFY(store.open());
    SaleServiceOptions options;
    options.autoRecovery = false;
    SaleService service(&store, client(m_server.baseUrl(), timeoutMs), SystemClock::instance(), options);

    QSignalSpy finished(&service, &SaleService::saleFinished);
    const StartPaymentResult started = service.startPayment(gopayDraft());
    QVERIFY2(started.ok, qPrintable(started.error));
    QVERIFY(finished.wait(WaitMs));
    const ApiResult result = finished.first().at(1).value<ApiResult>();

    // The journal, read back from the file.
    const SaleRecord r = store.findById(started.record.id).value();
    QCOMPARE(m_server.requestsReceived(), 1); // at most one POST per attempt
    QCOMPARE(m_server.requestsReceived(r.reqId), 1);
    QCOMPARE(m_server.chargedCount(), charged);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(saleStatusName(r.status), status);
    QCOMPARE(r.flagged, flagged);
    QVERIFY2((flagged ? r.flagReason : r.lastError).contains(why),
        qPrintable(r.flagReason + QStringLiteral(" | ") + r.lastError));

    // The amount to collect is never computed from a price that is not believed.
    if (r.status == SaleStatus::Success) {
        QCOMPARE(r.sellingPrice, Money::fromRupiah(53000));
        QCOMPARE(*r.change, Money::fromRupiah(7000));
    } else {
        QCOMPARE(r.sellingPrice, Money::fromRupiah(51500));
        QCOMPARE(*r.change, Money::fromRupiah(8500));
        QVERIFY(!r.unitPrice || *r.unitPrice == Money::fromRupiah(51500));
    }
    // Nothing the server wrote reaches the journal raw or unbounded.
    for (const QString &text :
        { r.description, r.message, r.lastError, r.flagReason, r.serialNo, r.refId, result.reason() }) {
        QVERIFY2(!hasControlCharacter(text), qPrintable(text));
        QVERIFY(text.size() < 2000);
    }
    if (Mode(mode) == Mode::ControlCharacters) {
        QCOMPARE(r.description, QStringLiteral("LUNAS  STATUS: FAILED"));
        QCOMPARE(r.message, QStringLiteral("TOPUP OK  rm -rf /"));
    }

    // A re-check of an unresolved row is again exactly one request.
    if (r.isUnresolved()) {
        QSignalSpy recovered(&service, &SaleService::recoveryFinished);
        service.recoverNow();
        QVERIFY(recovered.wait(WaitMs));
        QCOMPARE(m_server.requestsReceived(r.reqId), 2);
        QCOMPARE(store.findById(r.id)->attempts, 2);
        QCOMPARE(store.findById(r.id)->status, SaleStatus::Pending);
        QVERIFY(m_server.chargedCount() <= 1);
    }
}

void TestHostileMerchant::cliModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<int>("charged");

    const QStringList none;
    const QStringList fast { QStringLiteral("--timeout"), QStringLiteral("1.5") };
    QTest::newRow("honest") << int(Mode::Honest) << none << 0 << "SUCCESS" << false << 1;
    QTest::newRow("success at price 0") << int(Mode::SuccessZeroPrice) << none << 3 << "PENDING" << true << 1;
    QTest::newRow("failed with a charge")
        << int(Mode::FailedWithCharge) << none << 3 << "PENDING" << true << 1;
    QTest::newRow("success under success false")
        << int(Mode::SuccessUnderTopFalse) << none << 3 << "PENDING" << true << 1;
    QTest::newRow("documented insufficient balance")
        << int(Mode::InsufficientBalance) << none << 1 << "FAILED" << false << 0;
    QTest::newRow("409 conflict") << int(Mode::Conflict409) << none << 1 << "REJECTED" << false << 0;
    QTest::newRow("2 MiB answer") << int(Mode::HugeBody) << none << 3 << "PENDING" << false << 1;
    QTest::newRow("one byte every 0.5 s, --timeout 1.5")
        << int(Mode::Drip) << fast << 3 << "PENDING" << false << 1;
    QTest::newRow("endless chunks, --timeout 1.5")
        << int(Mode::EndlessChunks) << fast << 3 << "PENDING" << false << 1;
    QTest::newRow("closed without an answer")
        << int(Mode::CloseWithoutAnswer) << none << 3 << "PENDING" << false << 1;
    QTest::newRow("garbage answer") << int(Mode::GarbageAnswer) << none << 3 << "PENDING" << false << 1;
    QTest::newRow("control characters")
        << int(Mode::ControlCharacters) << none << 0 << "SUCCESS" << false << 1;
}

void TestHostileMerchant::cliModes()
{
    QFETCH(int, mode);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    QFETCH(bool, flagged);
    QFETCH(int, charged);
    m_server.setMode(Mode(mode));

    const QString db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(m_case));
    const Run json = cli(extra
            + QStringList { QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
                QStringLiteral("08123456789"), QStringLiteral("50000") },
        db);
    QCOMPARE(json.exitCode, exitCode);
    const QJsonObject o = json.json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(o.contains(QStringLiteral("flag_reason")), flagged);
    QCOMPARE(m_server.requestsReceived(), 1);
    QCOMPARE(m_server.chargedCount(), charged);
    QVERIFY(json.out.size() < 4000); // a 2 MiB message is never printed

    // The journal the process left behind.
    ReceiptStore store(db, SystemClock::instance());
    QVERIFY(store.open());
    const auto r = store.findByReqId(o.value(QStringLiteral("req_id")).toString());
    QVERIFY(r.has_value());
    QCOMPARE(saleStatusName(r->status), status);
    QCOMPARE(r->flagged, flagged);
    QCOMPARE(r->attempts, 1);

    // The same sale printed for a person: no control character reaches the terminal.
    m_server.reset();
    const Run text = cli(extra
            + QStringList { QStringLiteral("--allow-duplicate"), QStringLiteral("pay"),
                QStringLiteral("GOPAY"), QStringLiteral("08123456789"), QStringLiteral("50000") },
        db);
    QCOMPARE(text.exitCode, exitCode);
    QCOMPARE(m_server.requestsReceived(), 1);
    for (const char c : text.out) {
        QVERIFY2(c == '\n' || (uchar(c) >= 0x20 && uchar(c) != 0x7f), text.out.constData());
    }
    if (status == QLatin1String("PENDING"))
        QVERIFY2(text.out.contains("Do NOT repeat this sale"), text.out.constData());
}

void TestHostileMerchant::inquiryIsBoundedToo_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("2 MiB answer") << int(Mode::HugeBody) << false << true;
    QTest::newRow("one byte every 0.5 s") << int(Mode::Drip) << true << false;
    QTest::newRow("endless chunks") << int(Mode::EndlessChunks) << true << false;
    QTest::newRow("success at price 0") << int(Mode::SuccessZeroPrice) << false << false;
}

void TestHostileMerchant::inquiryIsBoundedToo()
{
    QFETCH(int, mode);
    QFETCH(bool, timedOut);
    QFETCH(bool, tooLarge);
    m_server.setMode(Mode(mode));
    ApiCall *call = client(m_server.baseUrl(), ShortDeadlineMs)
                        ->inquiry(ApiRequest { QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
                            Money::fromRupiah(50000), QString() });
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(spy.wait(WaitMs));
    const ApiResult r = spy.first().first().value<ApiResult>();
    QCOMPARE(r.outcome, Outcome::Pending);
    QCOMPARE(r.timedOut, timedOut);
    QCOMPARE(r.tooLarge, tooLarge);
    QVERIFY(r.reason().size() < 1000);
}

void TestHostileMerchant::notSent_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("detail");
    // A port nobody listens on: connection refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    QTest::newRow("connection refused")
        << QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)) << QStringLiteral("refused");
    // .invalid never resolves (RFC 6761). A slow resolver ends at the deadline: still not sent.
    QTest::newRow("name not resolved") << QUrl(QStringLiteral("https://kasir-test.invalid")) << QString();
    // https:// against a server that does not speak TLS: the handshake fails before any byte
    // of the request is written.
    QTest::newRow("TLS handshake failed")
        << QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.baseUrl().port())) << QString();
}

void TestHostileMerchant::notSent()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, detail);

    const QString path = m_dir.filePath(QStringLiteral("notsent-%1.sqlite").arg(m_case));
    ReceiptStore store(path, SystemClock::instance());
    QVERIFY(store.open());
    SaleServiceOptions options;
    options.autoRecovery = false;
    SaleService service(&store, client(baseUrl, 10000), SystemClock::instance(), options);
    QSignalSpy finished(&service, &SaleService::saleFinished);
    const StartPaymentResult started = service.startPayment(gopayDraft());
    QVERIFY(started.ok);
    QVERIFY(finished.wait(WaitMs));
    const ApiResult result = finished.first().at(1).value<ApiResult>();
    QVERIFY(result.notSent);
    QCOMPARE(result.outcome, Outcome::Pending); // kept, and re-sent with the same req_id
    QVERIFY2(result.error.contains(QLatin1String("Nothing reached the server")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("re-sent safely with the same req_id")),
        qPrintable(result.error));
    QVERIFY2(result.error.contains(detail, Qt::CaseInsensitive), qPrintable(result.error));
    const SaleRecord r = store.findById(started.record.id).value();
    QCOMPARE(r.status, SaleStatus::Pending);
    QVERIFY(!r.flagged);
    QCOMPARE(m_server.requestsReceived(), 0);
    QCOMPARE(m_server.chargedCount(), 0);
}

void TestHostileMerchant::notSentThroughTheCli()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    const QString db = m_dir.filePath(QStringLiteral("notsent-cli-%1.sqlite").arg(m_case));
    const Run r = cli({ QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
                          QStringLiteral("50000") },
        db, HostileMerchantServer::apiKey(), closed);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("Nothing reached the server, so nothing was charged"), r.out.constData());
    QVERIFY2(r.out.contains("re-sent safely with the same req_id"), r.out.constData());
    QVERIFY2(!r.out.contains("Do NOT repeat"), r.out.constData());

    const Run json
        = cli({ QStringLiteral("--json"), QStringLiteral("--allow-duplicate"), QStringLiteral("pay"),
                  QStringLiteral("GOPAY"), QStringLiteral("08123456789"), QStringLiteral("50000") },
            db, HostileMerchantServer::apiKey(), closed);
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.json().value(QStringLiteral("not_sent")).toBool(), true);
}

void TestHostileMerchant::badTimeoutExitsTwo_data()
{
    QTest::addColumn<QString>("timeout");
    for (const char *bad : { "nan", "NaN", "0", "0.0001", "0.999", "-5", "abc", "inf", "301", "1e9", "" })
        QTest::newRow(*bad ? bad : "empty") << QString::fromLatin1(bad);
}

void TestHostileMerchant::badTimeoutExitsTwo()
{
    QFETCH(QString, timeout);
    const QString db = m_dir.filePath(QStringLiteral("timeout-%1.sqlite").arg(m_case));
    const Run r = cli({ QStringLiteral("--timeout"), timeout, QStringLiteral("pay"), QStringLiteral("GOPAY"),
                          QStringLiteral("08123456789"), QStringLiteral("50000") },
        db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--timeout must be a number of seconds from 1 to 300"), r.err.constData());
    QCOMPARE(m_server.connectionsAccepted(), 0);
}

void TestHostileMerchant::timeoutAtTheLimitsIsAccepted_data()
{
    QTest::addColumn<QString>("timeout");
    QTest::newRow("1") << QStringLiteral("1");
    QTest::newRow("2.5") << QStringLiteral("2.5");
    QTest::newRow("300") << QStringLiteral("300");
}

void TestHostileMerchant::timeoutAtTheLimitsIsAccepted()
{
    QFETCH(QString, timeout);
    const QString db = m_dir.filePath(QStringLiteral("timeout-%1.sqlite").arg(m_case));
    const Run r = cli({ QStringLiteral("--timeout"), timeout, QStringLiteral("inquiry"),
                          QStringLiteral("GOPAY"), QStringLiteral("08123456789"), QStringLiteral("50000") },
        db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server.requestsReceived(), 1);
}

void TestHostileMerchant::apiKeyWithControlCharactersExitsFour_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("CR LF header injection") << QStringLiteral("hostile-test-key\r\nX-Injected: 1");
    QTest::newRow("LF") << QStringLiteral("hostile\ntest-key");
    QTest::newRow("ESC") << QStringLiteral("hostile\x1btest-key");
    QTest::newRow("TAB") << QStringLiteral("hostile\ttest-key");
}

void TestHostileMerchant::apiKeyWithControlCharactersExitsFour()
{
    QFETCH(QString, key);
    const QString db = m_dir.filePath(QStringLiteral("key-%1.sqlite").arg(m_case));
    const Run r = cli({ QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
                          QStringLiteral("50000") },
        db, key);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("control character"), r.err.constData());
    QVERIFY(!r.err.contains("hostile")); // the key itself is never printed
    QCOMPARE(m_server.connectionsAccepted(), 0);

    // The client refuses such a key by itself too: nothing is sent.
    ApiConfig config;
    config.baseUrl = m_server.baseUrl();
    config.apiKey = key;
    MerchantApiClient api(&m_nam, config);
    ApiCall *call = api.pay(ApiRequest { QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
        Money::fromRupiah(50000), QStringLiteral("KEY-1") });
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(spy.wait(WaitMs));
    QCOMPARE(spy.first().first().value<ApiResult>().outcome, Outcome::Rejected);
    QCOMPARE(m_server.connectionsAccepted(), 0);
}

void TestHostileMerchant::sandboxKeyIsNotOnItsCommandLine()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(sandbox.processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray args = cmdline.readAll();
    QVERIFY(args.contains("--port"));
    QVERIFY2(!args.contains(SandboxProcess::defaultApiKey().toUtf8()), args.constData());
    // ...and the sandbox took it from the environment: the key is accepted.
    QByteArray body;
    const int status = sandbox.post(QStringLiteral("/api/v1/merchant/ppob/ewallet/inquiry"),
        R"({"product_id":"GOPAY","cust_id":"08123456789","amount":"50000"})", &body);
    QCOMPARE(status, 200);
}

void TestHostileMerchant::customerNumberEchoIsCleaned()
{
    const QString db = m_dir.filePath(QStringLiteral("echo-%1.sqlite").arg(m_case));
    const Run r = cli(
        { QStringLiteral("pay"), QStringLiteral("GOPAY"),
            QStringLiteral("0812\x1b[2J\x1b[31m3456\r\nOK") + QString(300, u'9'), QStringLiteral("50000") },
        db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Customer number \"0812"), r.err.constData());
    for (const char c : r.err)
        QVERIFY2(c == '\n' || (uchar(c) >= 0x20 && uchar(c) != 0x7f), r.err.constData());
    QVERIFY(r.err.size() < 400);
    QCOMPARE(m_server.connectionsAccepted(), 0);
}

void TestHostileMerchant::cancelledBeforeItStartsSendsNothing()
{
    ApiCall *call = client(m_server.baseUrl(), 10000)
                        ->pay(ApiRequest { QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
                            Money::fromRupiah(50000), QStringLiteral("CANCEL-1") });
    QSignalSpy spy(call, &ApiCall::finished);
    call->abort();
    QCOMPARE(spy.size(), 1);
    const ApiResult r = spy.first().first().value<ApiResult>();
    QVERIFY(r.cancelled);
    QCOMPARE(r.outcome, Outcome::Pending);
    QSignalSpy gone(call, &QObject::destroyed);
    QVERIFY(gone.wait(WaitMs));

    // A payment made afterwards is the first and only connection the server sees.
    ApiCall *next = client(m_server.baseUrl(), 10000)
                        ->pay(ApiRequest { QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
                            Money::fromRupiah(50000), QStringLiteral("AFTER-1") });
    QSignalSpy nextDone(next, &ApiCall::finished);
    QVERIFY(nextDone.wait(WaitMs));
    QCOMPARE(nextDone.first().first().value<ApiResult>().outcome, Outcome::Success);
    QCOMPARE(m_server.connectionsAccepted(), 1);
    QCOMPARE(m_server.requestsReceived(QStringLiteral("CANCEL-1")), 0);
}

void TestHostileMerchant::framings_data()
{
    QTest::addColumn<int>("framing");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("status");
    using Framing = HostileMerchantServer::Framing;
    QTest::newRow("content-length") << int(Framing::ContentLength) << int(Mode::Honest) << "SUCCESS";
    QTest::newRow("chunked") << int(Framing::Chunked) << int(Mode::Honest) << "SUCCESS";
    QTest::newRow("until close") << int(Framing::UntilClose) << int(Mode::Honest) << "SUCCESS";
    QTest::newRow("100 continue first") << int(Framing::AfterContinue) << int(Mode::Honest) << "SUCCESS";
    QTest::newRow("chunked 409") << int(Framing::Chunked) << int(Mode::Conflict409) << "REJECTED";
    QTest::newRow("chunked 2 MiB") << int(Framing::Chunked) << int(Mode::HugeBody) << "PENDING";
}

void TestHostileMerchant::framings()
{
    QFETCH(int, framing);
    QFETCH(int, mode);
    QFETCH(QString, status);
    m_server.setFraming(HostileMerchantServer::Framing(framing));
    m_server.setMode(Mode(mode));
    const QString path = m_dir.filePath(QStringLiteral("framing-%1.sqlite").arg(m_case));
    ReceiptStore store(path, SystemClock::instance());
    QVERIFY(store.open());
    SaleServiceOptions options;
    options.autoRecovery = false;
    SaleService service(&store, client(m_server.baseUrl(), 10000), SystemClock::instance(), options);
    QSignalSpy finished(&service, &SaleService::saleFinished);
    const StartPaymentResult started = service.startPayment(gopayDraft());
    QVERIFY(started.ok);
    QVERIFY(finished.wait(WaitMs));
    const SaleRecord r = store.findById(started.record.id).value();
    QCOMPARE(saleStatusName(r.status), status);
    QCOMPARE(m_server.requestsReceived(), 1);
    if (r.status == SaleStatus::Success)
        QCOMPARE(r.serialNo.left(2), QStringLiteral("GW"));
}

void TestHostileMerchant::tlsPeerIsVerified_data()
{
    QTest::addColumn<bool>("trustCertificate");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("received");
    QTest::newRow("self-signed, not trusted") << false << QStringLiteral("127.0.0.1") << "PENDING" << 0;
    QTest::newRow("trusted, other host name") << true << QStringLiteral("localhost") << "PENDING" << 0;
    QTest::newRow("trusted") << true << QStringLiteral("127.0.0.1") << "SUCCESS" << 1;
}

void TestHostileMerchant::tlsPeerIsVerified()
{
    QFETCH(bool, trustCertificate);
    QFETCH(QString, host);
    QFETCH(QString, status);
    QFETCH(int, received);
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl tool (packaging/install-deps.sh) makes the test certificate; it is not installed");

    // A throwaway certificate for 127.0.0.1, made for this test only.
    QTemporaryDir tlsDir;
    const QString cert = tlsDir.filePath(QStringLiteral("server.crt"));
    const QString key = tlsDir.filePath(QStringLiteral("server.key"));
    QProcess make;
    make.start(openssl,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert });
    QSignalSpy made(&make, &QProcess::finished);
    QVERIFY(made.wait(WaitMs));
    QCOMPARE(make.exitCode(), 0);

    HostileMerchantServer tlsServer;
    QVERIFY(tlsServer.listenTls(cert, key));
    QUrl url = tlsServer.baseUrl();
    url.setHost(host);

    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    if (trustCertificate) {
        QFile certFile(cert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QSslConfiguration trusting = original;
        trusting.addCaCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    const auto restore = qScopeGuard([&original] { QSslConfiguration::setDefaultConfiguration(original); });

    const QString path = m_dir.filePath(QStringLiteral("tls-%1.sqlite").arg(m_case));
    ReceiptStore store(path, SystemClock::instance());
    QVERIFY(store.open());
    SaleServiceOptions options;
    options.autoRecovery = false;
    SaleService service(&store, client(url, 10000), SystemClock::instance(), options);
    QSignalSpy finished(&service, &SaleService::saleFinished);
    const StartPaymentResult started = service.startPayment(gopayDraft());
    QVERIFY(started.ok);
    QVERIFY(finished.wait(WaitMs));
    const ApiResult result = finished.first().at(1).value<ApiResult>();
    QCOMPARE(saleStatusName(store.findById(started.record.id)->status), status);
    QCOMPARE(tlsServer.requestsReceived(), received);
    // A refused certificate stops the exchange before the request is written.
    QCOMPARE(result.notSent, received == 0);
}

QTEST_GUILESS_MAIN(TestHostileMerchant)
#include "tst_hostilemerchant.moc"
