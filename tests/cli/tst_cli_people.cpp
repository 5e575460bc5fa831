// The command-line contract of the key store, backups, restore, users and the audit trail,
// against the real CLI process, the real sandbox over HTTP and real SQLite files.
#include "SandboxProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CliPeople : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void keyStoredUsedForSaleAndFoundNowhereElse();
    void keySetRefusesBadInputAndArguments();
    void restoreRefusesNewerJournalWithoutForce();
    void usersNeverShowHashes();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = QByteArray(), bool withEnvKey = false);
    static QByteArray readAll(const QString &path);

    static QString secretKey() { return QStringLiteral("kasir-secret-7Q4xZp91Lw"); }

    SandboxProcess m_sandbox { { QStringLiteral("--api-key"), secretKey() } };
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_logs; // everything every run printed, with all kasir log categories on
};

void tst_CliPeople::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void tst_CliPeople::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_logs.clear();
}

QByteArray tst_CliPeople::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

tst_CliPeople::Run tst_CliPeople::cli(const QStringList &args, const QByteArray &input, bool withEnvKey)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KASIR_API_KEY"));
    if (withEnvKey)
        env.insert(QStringLiteral("KASIR_API_KEY"), secretKey());
    env.insert(QStringLiteral("KASIR_BASE_URL"), m_sandbox.baseUrl().toString());
    env.insert(QStringLiteral("KASIR_DB"), m_dir->filePath(QStringLiteral("data/kasir.sqlite")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("KASIR_CASHIER"), QStringLiteral("Sari"));
    // Every log line of the program, to be searched for the key.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kasir.*=true"));
    // No session bus: no keychain service answers, so the key goes to the 0600 file.
    env.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/kasir-test-bus"));
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
    m_logs += run.out + run.err;
    return run;
}

void tst_CliPeople::keyStoredUsedForSaleAndFoundNowhereElse()
{
    const QByteArray key = secretKey().toUtf8();
    const QString keyFile = m_dir->filePath(QStringLiteral("config/KasirEWallet/kasir-ewallet/api-key"));

    Run r = cli({ QStringLiteral("key"), QStringLiteral("set") }, key + '\n');
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), (QStringLiteral("file ") + keyFile).toUtf8());
    QCOMPARE(QFile::permissions(keyFile) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(readAll(keyFile).trimmed(), key);

    r = cli({ QStringLiteral("key"), QStringLiteral("status") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), (QStringLiteral("file ") + keyFile).toUtf8());
    r = cli({ QStringLiteral("key"), QStringLiteral("status") }, QByteArray(), true);
    QCOMPARE(r.out.trimmed(), QByteArray("environment"));

    // Hold the journal open so that its write-ahead log stays on disk after each run and can
    // be searched too.
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(m_dir->filePath(QStringLiteral("data/kasir.sqlite")));
    QVERIFY(holder.open());
    QSqlQuery hold(holder);
    QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && hold.next());
    hold.finish();

    // A sale without KASIR_API_KEY: the sandbox only answers the stored key.
    r = cli({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("081234567890"), QStringLiteral("50000") });
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QJsonObject sale = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(sale.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(m_sandbox.balance(), 500000 - 51500);

    QVERIFY(cli({ QStringLiteral("backup") }).exitCode == 0);
    r = cli({ QStringLiteral("--json"), QStringLiteral("audit") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray audit = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(
        audit.at(0).toObject().value(QStringLiteral("event")).toString(), QStringLiteral("API_KEY_CHANGED"));
    QCOMPARE(audit.at(1).toObject().value(QStringLiteral("event")).toString(), QStringLiteral("BACKUP"));

    // Now look for the key's bytes everywhere but the key file.
    QStringList searched;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == keyFile)
            continue;
        searched << path.mid(m_dir->path().size() + 1);
        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.contains(key), qPrintable(path));
        if (path.endsWith(QLatin1String("-wal")))
            QVERIFY2(bytes.contains("081234567890"), "the write-ahead log holds the sale"); // really searched
    }
    QVERIFY2(searched.contains(QStringLiteral("data/kasir.sqlite")), qPrintable(searched.join(u',')));
    QVERIFY2(searched.contains(QStringLiteral("data/kasir.sqlite-wal")), qPrintable(searched.join(u',')));
    QVERIFY(std::any_of(searched.cbegin(), searched.cend(),
        [](const QString &p) { return p.startsWith(QLatin1String("data/backups/")); }));
    QVERIFY(!m_logs.contains(key));
    QVERIFY(m_logs.contains("kasir.")); // the logs were really on
    QVERIFY(!r.out.contains(key));

    hold = QSqlQuery();
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));

    QCOMPARE(cli({ QStringLiteral("key"), QStringLiteral("clear") }).exitCode, 0);
    QVERIFY(!QFile::exists(keyFile));
    QCOMPARE(cli({ QStringLiteral("key"), QStringLiteral("status") }).exitCode, 4);
}

void tst_CliPeople::keySetRefusesBadInputAndArguments()
{
    Run r = cli({ QStringLiteral("key"), QStringLiteral("set") }, "short\n");
    QCOMPARE(r.exitCode, 2);
    r = cli({ QStringLiteral("key"), QStringLiteral("set"), secretKey() }, QByteArray());
    QCOMPARE(r.exitCode, 2); // never as an argument
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("config/KasirEWallet/kasir-ewallet/api-key"))));
}

void tst_CliPeople::restoreRefusesNewerJournalWithoutForce()
{
    auto pay = [&](const QString &cust) {
        return cli({ QStringLiteral("pay"), QStringLiteral("GOPAY"), cust, QStringLiteral("50000") },
            QByteArray(), true);
    };
    QCOMPARE(pay(QStringLiteral("081234567801")).exitCode, 0);
    Run b = cli(
        { QStringLiteral("backup"), QStringLiteral("--to"), m_dir->filePath(QStringLiteral("b1.sqlite")) });
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(b.out.trimmed(), m_dir->filePath(QStringLiteral("b1.sqlite")).toUtf8());
    QCOMPARE(pay(QStringLiteral("081234567802")).exitCode, 0);

    const QString journal = m_dir->filePath(QStringLiteral("data/kasir.sqlite"));
    const QByteArray before = readAll(journal), beforeWal = readAll(journal + QStringLiteral("-wal"));
    Run r = cli({ QStringLiteral("restore"), m_dir->filePath(QStringLiteral("b1.sqlite")) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("1 sale(s) newer"), r.err.constData());
    QCOMPARE(readAll(journal), before);
    QCOMPARE(readAll(journal + QStringLiteral("-wal")), beforeWal);
    QVERIFY(cli({ QStringLiteral("backups") }).out.trimmed().isEmpty() == false);
    QCOMPARE(QJsonDocument::fromJson(cli({ QStringLiteral("--json"), QStringLiteral("backups") }).out)
                 .array()
                 .size(),
        0);

    r = cli({ QStringLiteral("restore"), m_dir->filePath(QStringLiteral("b1.sqlite")),
        QStringLiteral("--force") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    Run list = cli({ QStringLiteral("--json"), QStringLiteral("backups") });
    const QJsonArray backups = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(
        backups.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("pre-restore"));
    Run history = cli({ QStringLiteral("--json"), QStringLiteral("history") });
    QCOMPARE(history.exitCode, 0);
    QVERIFY(history.out.contains("081234567801"));
    QVERIFY(!history.out.contains("081234567802"));
    // The replaced journal, with both sales, is the pre-restore backup.
    const QByteArray kept = readAll(backups.at(0).toObject().value(QStringLiteral("path")).toString());
    QVERIFY(kept.contains("081234567802"));
    const QJsonArray audit
        = QJsonDocument::fromJson(cli({ QStringLiteral("--json"), QStringLiteral("audit") }).out).array();
    QCOMPARE(audit.last().toObject().value(QStringLiteral("event")).toString(), QStringLiteral("RESTORE"));
    QVERIFY(
        audit.last().toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("forced")));
}

void tst_CliPeople::usersNeverShowHashes()
{
    Run r = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Bu Sari"),
                    QStringLiteral("--role"), QStringLiteral("manager") },
        "482913\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Andi"), QStringLiteral("--role"),
                QStringLiteral("boss") },
        "1234\n");
    QCOMPARE(r.exitCode, 2);
    r = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Andi"), QStringLiteral("--role"),
                QStringLiteral("cashier") },
        "12x4\n");
    QCOMPARE(r.exitCode, 2);
    r = cli({ QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray users = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(users.size(), 1);
    const QJsonObject u = users.at(0).toObject();
    QCOMPARE(u.value(QStringLiteral("name")).toString(), QStringLiteral("Bu Sari"));
    QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    QStringList keys = u.keys();
    keys.sort();
    QCOMPARE(keys,
        QStringList({ QStringLiteral("created"), QStringLiteral("locked_until"), QStringLiteral("name"),
            QStringLiteral("role") }));
    QVERIFY(!r.out.contains("482913"));
    QVERIFY(!r.out.contains("hash"));
    QVERIFY(!r.out.contains("salt"));
    QVERIFY(!m_logs.contains("482913"));
}

QTEST_GUILESS_MAIN(tst_CliPeople)
#include "tst_cli_people.moc"
