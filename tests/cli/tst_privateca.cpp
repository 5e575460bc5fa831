// TLS with a private CA (KASIR_CA_FILE): certificates made in the test with openssl, an HTTPS
// front (TlsProxy) for the real sandbox process, and the real CLI process. Verification is never
// turned off: without the CA file nothing reaches the server; with it the sale goes through; an
// expired or wrong-host certificate is refused even with the CA file.

#include "SandboxProcess.h"
#include "TlsProxy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

class TestPrivateCa : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedWithoutTheCaFile();
    void saleGoesThroughWithTheCaFile();
    void badCertificatesRefusedEvenWithTheCaFile_data();
    void badCertificatesRefusedEvenWithTheCaFile();
    void unusableCaFileIsAnEnvironmentError_data();
    void unusableCaFileIsAnEnvironmentError();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QByteArray all() const { return QByteArray(out).append(err); }
    };
    bool openssl(const QStringList &args);
    bool makeServerCertificate(const QString &name, const QString &san, int days);
    Run cli(const QString &certificateName, const QString &caFile, const QStringList &args,
        TlsProxy **proxyOut = nullptr);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    int m_case = 0;
    std::unique_ptr<TlsProxy> m_proxy;
};

bool TestPrivateCa::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(u' ') << p.readAllStandardError();
        return false;
    }
    return true;
}

bool TestPrivateCa::makeServerCertificate(const QString &name, const QString &san, int days)
{
    QFile ext(path(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\nsubjectAltName=");
    ext.write(san.toLatin1());
    ext.write("\n");
    ext.close();
    return openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
               QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
               QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
               QStringLiteral("/CN=") + name })
        && openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-days"), QString::number(days), QStringLiteral("-extfile"),
            name + QStringLiteral(".ext"), QStringLiteral("-out"), name + QStringLiteral(".pem") });
}

void TestPrivateCa::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
        QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
        QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=Kasir Test Private CA"),
        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") }));
    QVERIFY(makeServerCertificate(QStringLiteral("good"), QStringLiteral("IP:127.0.0.1,DNS:localhost"), 30));
    QVERIFY(
        makeServerCertificate(QStringLiteral("wronghost"), QStringLiteral("DNS:merchant.example.com"), 30));
    // notAfter a day before notBefore: a certificate that has already expired.
    QVERIFY(
        makeServerCertificate(QStringLiteral("expired"), QStringLiteral("IP:127.0.0.1,DNS:localhost"), -1));
}

TestPrivateCa::Run TestPrivateCa::cli(
    const QString &certificateName, const QString &caFile, const QStringList &args, TlsProxy **proxyOut)
{
    Run run;
    QFile certFile(path(certificateName + QStringLiteral(".pem")));
    QFile keyFile(path(certificateName + QStringLiteral(".key")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return run;
    m_proxy = std::make_unique<TlsProxy>(QSslCertificate(certFile.readAll(), QSsl::Pem),
        QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem), quint16(m_sandbox.baseUrl().port()));
    QString error;
    if (!m_proxy->listen(&error)) {
        qWarning() << error;
        return run;
    }
    if (proxyOut)
        *proxyOut = m_proxy.get();

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KASIR_BASE_URL"), QStringLiteral("https://127.0.0.1:%1").arg(m_proxy->port()));
    env.insert(QStringLiteral("KASIR_API_KEY"), m_sandbox.apiKey());
    env.insert(QStringLiteral("KASIR_DB"), path(QStringLiteral("case-%1.sqlite").arg(++m_case)));
    env.remove(QStringLiteral("KASIR_CA_FILE"));
    if (!caFile.isEmpty())
        env.insert(QStringLiteral("KASIR_CA_FILE"), caFile);
    process.setProcessEnvironment(env);
    // The proxy lives in this process: wait with an event loop, never blocking it.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(qEnvironmentVariable("KASIR_CLI_BIN"),
        QStringList { QStringLiteral("--timeout"), QStringLiteral("10") } + args);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

static QStringList payArgs(const QString &reqId)
{
    return { QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
        QStringLiteral("50000"), QStringLiteral("--req-id"), reqId };
}

void TestPrivateCa::refusedWithoutTheCaFile()
{
    QVERIFY(m_sandbox.reset(500000));
    TlsProxy *proxy = nullptr;
    const Run r = cli(QStringLiteral("good"), QString(), payArgs(QStringLiteral("CA-NONE-1")), &proxy);
    // The outcome is kept as unknown and re-checked later, but nothing reached the server.
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.all().contains("SSL") || r.all().contains("certificate"), r.all().constData());
    QCOMPARE(proxy->encryptedConnections(), 0);
    QCOMPARE(m_sandbox.receivedCount(QStringLiteral("CA-NONE-1")), 0);
    QCOMPARE(m_sandbox.balance(), qint64(500000));
}

void TestPrivateCa::saleGoesThroughWithTheCaFile()
{
    QVERIFY(m_sandbox.reset(500000));
    TlsProxy *proxy = nullptr;
    const Run r = cli(QStringLiteral("good"), path(QStringLiteral("ca.pem")),
        QStringList { QStringLiteral("--json") } + payArgs(QStringLiteral("CA-GOOD-1")), &proxy);
    QVERIFY2(r.exitCode == 0, r.all().constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(!o.value(QStringLiteral("serial_no")).toString().isEmpty());
    QVERIFY(proxy->encryptedConnections() >= 1);
    QCOMPARE(m_sandbox.chargedCount(QStringLiteral("CA-GOOD-1")), 1);
    QCOMPARE(m_sandbox.balance(), qint64(500000 - 51500));
}

void TestPrivateCa::badCertificatesRefusedEvenWithTheCaFile_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong host") << QStringLiteral("wronghost") << QStringLiteral("host name");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("expired");
}

void TestPrivateCa::badCertificatesRefusedEvenWithTheCaFile()
{
    QFETCH(QString, certificate);
    QFETCH(QString, says);
    QVERIFY(m_sandbox.reset(500000));
    const QString reqId = QStringLiteral("CA-BAD-") + certificate;
    TlsProxy *proxy = nullptr;
    const Run r = cli(certificate, path(QStringLiteral("ca.pem")), payArgs(reqId), &proxy);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(r.all()).contains(says, Qt::CaseInsensitive), r.all().constData());
    QCOMPARE(proxy->encryptedConnections(), 0);
    QCOMPARE(m_sandbox.receivedCount(reqId), 0);
    QCOMPARE(m_sandbox.balance(), qint64(500000));
}

void TestPrivateCa::unusableCaFileIsAnEnvironmentError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing") << QStringLiteral("missing.pem") << QByteArray()
                             << QStringLiteral("cannot be read");
    QTest::newRow("not PEM") << QStringLiteral("garbage.pem") << QByteArray("hello\n")
                             << QStringLiteral("no PEM certificate");
    QTest::newRow("private key") << QStringLiteral(
        "withkey.pem") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                                 << QStringLiteral("private key");
}

void TestPrivateCa::unusableCaFileIsAnEnvironmentError()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    if (!content.isEmpty()) {
        QFile f(path(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QVERIFY(m_sandbox.reset(500000));
    TlsProxy *proxy = nullptr;
    const Run r = cli(QStringLiteral("good"), path(file), payArgs(QStringLiteral("CA-FILE-") + file), &proxy);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(QString::fromUtf8(r.all()).contains(says), r.all().constData());
    QCOMPARE(proxy->encryptedConnections(), 0);
    QCOMPARE(m_sandbox.balance(), qint64(500000));
}

QTEST_GUILESS_MAIN(TestPrivateCa)
#include "tst_privateca.moc"
