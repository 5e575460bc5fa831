// The manager's PIN for `user add` and `restore` on the command line, and the audit line each
// recorded action writes (reprint, re-check, exports, close, backups, restore), read back with
// `audit --json`. The real CLI process, the real sandbox over HTTP, real SQLite files.
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CliManagerAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void userAddNeedsTheManagersPin();
    void restoreNeedsTheManagersPin();
    void eachRecordedActionWritesItsAuditLine();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = QByteArray(),
        const QProcessEnvironment &extra = QProcessEnvironment());
    QStringList events();
    QJsonArray auditLines();
    QJsonArray users();
    QString journal() const { return m_dir->filePath(QStringLiteral("data/kasir.sqlite")); }
    static QByteArray readAll(const QString &path);
    void addManager();

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliManagerAudit::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void tst_CliManagerAudit::init()
{
    QVERIFY(m_sandbox.reset(500000));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray tst_CliManagerAudit::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

tst_CliManagerAudit::Run tst_CliManagerAudit::cli(
    const QStringList &args, const QByteArray &input, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KASIR_MANAGER_PIN"));
    env.remove(QStringLiteral("KASIR_MANAGER"));
    env.insert(QStringLiteral("KASIR_API_KEY"), m_sandbox.apiKey());
    env.insert(QStringLiteral("KASIR_BASE_URL"), m_sandbox.baseUrl().toString());
    env.insert(QStringLiteral("KASIR_DB"), journal());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("KASIR_CASHIER"), QStringLiteral("Andi"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("KASIR_CLI_BIN"), args);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray tst_CliManagerAudit::auditLines()
{
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("audit") });
    return QJsonDocument::fromJson(r.out).array();
}

QStringList tst_CliManagerAudit::events()
{
    QStringList names;
    for (const QJsonValue &v : auditLines())
        names << v.toObject().value(QStringLiteral("event")).toString();
    return names;
}

QJsonArray tst_CliManagerAudit::users()
{
    return QJsonDocument::fromJson(
        cli({ QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list") }).out)
        .array();
}

void tst_CliManagerAudit::addManager()
{
    // The very first manager of an empty journal needs no manager's PIN.
    const Run r = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Sari"),
                          QStringLiteral("--role"), QStringLiteral("manager") },
        "918273\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void tst_CliManagerAudit::userAddNeedsTheManagersPin()
{
    // A cashier cannot be the first user: there is no manager to give a PIN.
    Run r = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Andi"),
                    QStringLiteral("--role"), QStringLiteral("cashier") },
        "2468\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Add the manager first"), r.err.constData());
    // Bad input on a new journal creates nothing on disk.
    r = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Sari"), QStringLiteral("--role"),
                QStringLiteral("manager") },
        "12\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(journal()));
    addManager();

    const QStringList addAndi { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Andi"),
        QStringLiteral("--role"), QStringLiteral("cashier") };
    // No manager's PIN at all (only the new PIN): refused, nothing added.
    r = cli(addAndi, "2468\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Wrong PIN for manager Sari; 4 attempt(s) left"), r.err.constData());
    // A wrong manager's PIN: refused, nothing added, the failed PIN audited.
    r = cli(addAndi, "111111\n2468\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Wrong PIN for manager Sari; 3 attempt(s) left"), r.err.constData());
    QVERIFY(r.err.contains("Nothing was changed"));
    QCOMPARE(users().size(), 1);
    QCOMPARE(events().count(QStringLiteral("FAILED_PIN")), 2);
    QVERIFY(!readAll(journal()).contains("111111"));

    // The right PIN, then the new one: added, by the manager.
    r = cli(addAndi, "918273\n2468\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(users().size(), 2);
    QJsonObject last = auditLines().last().toObject();
    QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("USER_ADDED"));
    QCOMPARE(last.value(QStringLiteral("user")).toString(), QStringLiteral("Sari"));

    // For scripts: KASIR_MANAGER_PIN, with the manager named; a cashier cannot authorize.
    QProcessEnvironment env;
    env.insert(QStringLiteral("KASIR_MANAGER_PIN"), QStringLiteral("2468"));
    env.insert(QStringLiteral("KASIR_MANAGER"), QStringLiteral("Andi"));
    const QStringList addBudi { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Budi"),
        QStringLiteral("--role"), QStringLiteral("cashier") };
    r = cli(addBudi, "1357\n", env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Andi is not a manager"), r.err.constData());
    env.insert(QStringLiteral("KASIR_MANAGER_PIN"), QStringLiteral("918273"));
    env.insert(QStringLiteral("KASIR_MANAGER"), QStringLiteral("Sari"));
    r = cli(addBudi, "1357\n", env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(users().size(), 3);
    // A second manager needs a manager's PIN too.
    r = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Dewi"), QStringLiteral("--role"),
                QStringLiteral("manager") },
        "5555\n");
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(users().size(), 3);
}

void tst_CliManagerAudit::restoreNeedsTheManagersPin()
{
    addManager();
    QCOMPARE(cli({ QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("081234567801"),
                     QStringLiteral("50000") })
                 .exitCode,
        0);
    const QString backup = m_dir->filePath(QStringLiteral("b1.sqlite"));
    QCOMPARE(cli({ QStringLiteral("backup"), QStringLiteral("--to"), backup }).exitCode, 0);

    const QByteArray before = readAll(journal());
    Run r = cli({ QStringLiteral("restore"), backup }, "000000\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Wrong PIN for manager Sari"), r.err.constData());
    QVERIFY(r.err.contains("Nothing was changed"));
    QCOMPARE(events().last(), QStringLiteral("FAILED_PIN"));
    // Nothing replaced: no pre-restore backup, the sale still there.
    QCOMPARE(QJsonDocument::fromJson(cli({ QStringLiteral("--json"), QStringLiteral("backups") }).out)
                 .array()
                 .size(),
        0);

    r = cli({ QStringLiteral("restore"), backup }, "918273\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject last = auditLines().last().toObject();
    QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("RESTORE"));
    QVERIFY2(last.value(QStringLiteral("detail")).toString().contains(QLatin1String("manager PIN of Sari")),
        qPrintable(last.value(QStringLiteral("detail")).toString()));
    QCOMPARE(QJsonDocument::fromJson(cli({ QStringLiteral("--json"), QStringLiteral("backups") }).out)
                 .array()
                 .size(),
        1);
    Q_UNUSED(before);
}

void tst_CliManagerAudit::eachRecordedActionWritesItsAuditLine()
{
    Run r = cli({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("081234567890"), QStringLiteral("50000") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString receiptNo
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("receipt_no")).toString();
    QVERIFY(!receiptNo.isEmpty());
    const QString device = m_dir->filePath(QStringLiteral("lp0"));
    // The original is not a reprint; the copy is.
    QCOMPARE(cli({ QStringLiteral("receipt"), receiptNo, QStringLiteral("--escpos"), device }).exitCode, 0);
    QCOMPARE(events(), QStringList());
    QCOMPARE(cli({ QStringLiteral("receipt"), receiptNo, QStringLiteral("--escpos"), device }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("recover") }).exitCode, 0);
    QCOMPARE(
        cli({ QStringLiteral("report"), QStringLiteral("--csv"), m_dir->filePath(QStringLiteral("r.csv")) })
            .exitCode,
        0);
    QCOMPARE(
        cli({ QStringLiteral("history"), QStringLiteral("--csv"), m_dir->filePath(QStringLiteral("h.csv")) })
            .exitCode,
        0);
    r = cli({ QStringLiteral("close") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(cli({ QStringLiteral("backup") }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("journal"), QStringLiteral("backup"),
                     m_dir->filePath(QStringLiteral("j.sqlite")) })
                 .exitCode,
        0);

    const QJsonArray lines = auditLines();
    QStringList got;
    for (const QJsonValue &v : lines)
        got << v.toObject().value(QStringLiteral("event")).toString();
    QCOMPARE(got,
        QStringList({ QStringLiteral("REPRINT"), QStringLiteral("MANUAL_RECHECK"), QStringLiteral("EXPORT"),
            QStringLiteral("EXPORT"), QStringLiteral("CLOSE"), QStringLiteral("BACKUP"),
            QStringLiteral("BACKUP") }));
    for (const QJsonValue &v : lines)
        QCOMPARE(v.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("Andi"));
    auto detail = [&](int i) { return lines.at(i).toObject().value(QStringLiteral("detail")).toString(); };
    QVERIFY2(detail(0).startsWith(receiptNo + QStringLiteral(" copy 1")), qPrintable(detail(0)));
    QVERIFY2(detail(2).contains(QLatin1String("r.csv")), qPrintable(detail(2)));
    QVERIFY2(detail(3).contains(QLatin1String("1 sale(s)")), qPrintable(detail(3)));
    QVERIFY2(detail(4).startsWith(QLatin1String("No. 1,")), qPrintable(detail(4)));
    QVERIFY2(detail(6).endsWith(QLatin1String("j.sqlite")), qPrintable(detail(6)));
}

QTEST_GUILESS_MAIN(tst_CliManagerAudit)
#include "tst_cli_manageraudit.moc"
