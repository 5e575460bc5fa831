// The journal as the command-line tool meets it, with real processes against the real sandbox:
// one sender per row (two recover runs at once), nothing sent from a journal that cannot be
// written, read-only commands that never create a journal, a vanished, emptied, replaced or
// damaged journal refused everywhere with its reason, and the files' permissions.

#include "SandboxProcess.h"
#include "store/ReceiptStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Kasir;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

int fileMode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

bool runTool(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestCliJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void twoRecoversSendEachRowOnce();
    void readOnlyJournalIsNeverSentFrom();
    void fullDiskIsToldAndNothingSent();
    void unreadableJournalIsAPermissionProblem();
    void readOnlyFileAndFolderAreToldApart_data();
    void readOnlyFileAndFolderAreToldApart();
    void readCommandsNeverCreateAJournal_data();
    void readCommandsNeverCreateAJournal();
    void vanishedJournalIsRefused_data();
    void vanishedJournalIsRefused();
    void replacedJournalIsRefusedUntilAdopted();
    void damagedJournalIsAnErrorEverywhere();
    void backupOnlyAfterTheFullCheck();
    void journalFilesArePrivate();

private:
    QProcess *startCli(const QStringList &args, const QString &db);
    Run finishCli(QProcess *process);
    Run cli(const QStringList &args, const QString &db = QString());
    // PENDING rows in the journal at path, never sent yet (fresh req_ids).
    QStringList addPendingRows(const QString &path, int count);
    bool mountReadOnly(const QString &source, const QString &target, QString *why);
    void unmount(const QString &target);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_mounts;
    int m_case = 0;
};

void TestCliJournal::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KASIR_CLI_BIN"), "KASIR_CLI_BIN must name the CLI");
}

void TestCliJournal::init()
{
    QVERIFY(m_sandbox.reset(5000000));
    m_db = m_dir.filePath(QStringLiteral("case-%1/journal.sqlite").arg(++m_case));
}

void TestCliJournal::cleanup()
{
    while (!m_mounts.isEmpty())
        unmount(m_mounts.takeLast());
}

QProcess *TestCliJournal::startCli(const QStringList &args, const QString &db)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KASIR_BASE_URL"));
    env.insert(QStringLiteral("KASIR_API_KEY"), m_sandbox.apiKey());
    env.insert(QStringLiteral("KASIR_DB"), db.isEmpty() ? m_db : db);
    env.insert(QStringLiteral("KASIR_CASHIER"), QStringLiteral("Sari"));
    process->setProcessEnvironment(env);
    process->start(qEnvironmentVariable("KASIR_CLI_BIN"),
        QStringList { QStringLiteral("--base-url"), m_sandbox.baseUrl().toString() } + args);
    process->closeWriteChannel();
    return process;
}

Run TestCliJournal::finishCli(QProcess *process)
{
    Run run;
    if (!process->waitForFinished(60000))
        process->kill();
    else
        run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    process->deleteLater();
    return run;
}

Run TestCliJournal::cli(const QStringList &args, const QString &db)
{
    return finishCli(startCli(args, db));
}

QStringList TestCliJournal::addPendingRows(const QString &path, int count)
{
    QStringList reqIds;
    ReceiptStore store(path);
    if (!store.open())
        return reqIds;
    for (int i = 0; i < count; ++i) {
        SaleRecord r;
        r.reqId = QStringLiteral("KSR-T-%1-%2")
                      .arg(m_case)
                      .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        r.productId = QStringLiteral("GOPAY");
        r.custId = QStringLiteral("0812345678%1").arg(i % 10);
        r.amount = Money::fromRupiah(10000 + 1000 * i);
        r.sellingPrice = r.amount + Money::fromRupiah(3500);
        r.storeFee = Money::fromRupiah(2000);
        r.status = SaleStatus::Pending;
        r.lastError = QStringLiteral("timed out");
        if (!store.insertSale(&r, QStringLiteral("K01")))
            return QStringList();
        reqIds << r.reqId;
    }
    return reqIds;
}

bool TestCliJournal::mountReadOnly(const QString &source, const QString &target, QString *why)
{
    if (::geteuid() != 0) {
        *why = QStringLiteral(
            "needs root for a read-only bind mount; as a non-root user the file mode is used instead");
        return false;
    }
    QString output;
    if (!runTool(QStringLiteral("mount"), { QStringLiteral("--bind"), source, target }, &output)) {
        *why = QStringLiteral("mount --bind is not permitted here: %1").arg(output.trimmed());
        return false;
    }
    m_mounts << target;
    if (!runTool(QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), target },
            &output)) {
        *why = QStringLiteral("cannot remount read-only: %1").arg(output.trimmed());
        return false;
    }
    return true;
}

void TestCliJournal::unmount(const QString &target)
{
    runTool(QStringLiteral("umount"), { target });
}

void TestCliJournal::twoRecoversSendEachRowOnce()
{
    // Each round: fresh PENDING rows, answers slowed down so that both runs overlap, two
    // recover processes started together. Every row reaches the server exactly once, and its
    // attempt count is the number of requests sent.
    const int rounds = 5;
    const int rows = 4;
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(m_sandbox.reset(5000000));
        QVERIFY(m_sandbox.injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("delay") },
            { QStringLiteral("delay_ms"), 700 }, { QStringLiteral("count"), 100 } }));
        const QStringList reqIds = addPendingRows(m_db, rows);
        QCOMPARE(reqIds.size(), rows);

        QProcess *a = startCli({ QStringLiteral("--json"), QStringLiteral("recover") }, m_db);
        QProcess *b = startCli({ QStringLiteral("--json"), QStringLiteral("recover") }, m_db);
        const Run ra = finishCli(a);
        const Run rb = finishCli(b);
        QVERIFY2(ra.exitCode == 0 || ra.exitCode == 3, ra.err.constData());
        QVERIFY2(rb.exitCode == 0 || rb.exitCode == 3, rb.err.constData());

        ReceiptStore store(m_db);
        JournalOpenOptions readOnly;
        readOnly.readOnly = true;
        QVERIFY2(store.open(readOnly), qPrintable(store.lastError()));
        for (const QString &reqId : reqIds) {
            QCOMPARE(m_sandbox.receivedCount(reqId), 1);
            QCOMPARE(m_sandbox.chargedCount(reqId), 1);
            const SaleRecord r = store.findByReqId(reqId).value();
            QCOMPARE(r.attempts, 1);
            QCOMPARE(r.status, SaleStatus::Success);
        }
    }
}

void TestCliJournal::readOnlyJournalIsNeverSentFrom()
{
    const QString source = QFileInfo(m_db).absolutePath();
    const QStringList reqIds = addPendingRows(m_db, 2);
    QCOMPARE(reqIds.size(), 2);
    const QString view = m_dir.filePath(QStringLiteral("ro-%1").arg(m_case));
    QVERIFY(QDir().mkpath(view));
    QString why;
    QString db = QDir(view).filePath(QStringLiteral("journal.sqlite"));
    if (!mountReadOnly(source, view, &why)) {
        if (::geteuid() == 0)
            QSKIP(qPrintable(why));
        // Not root: the file mode does it.
        db = m_db;
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner));
        QVERIFY(QFile::setPermissions(source, QFile::ReadOwner | QFile::ExeOwner));
    }

    const Run recover = cli({ QStringLiteral("recover") }, db);
    QCOMPARE(recover.exitCode, 4);
    QVERIFY2(recover.err.contains("read-only"), recover.err.constData());
    QVERIFY2(!recover.err.contains("integrity"), recover.err.constData());
    QVERIFY2(!recover.err.contains("damaged"), recover.err.constData());
    for (const QString &reqId : reqIds)
        QCOMPARE(m_sandbox.receivedCount(reqId), 0);

    const Run pay = cli({ QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
                            QStringLiteral("50000") },
        db);
    QCOMPARE(pay.exitCode, 4);
    QVERIFY2(pay.err.contains("read-only"), pay.err.constData());
    QCOMPARE(m_sandbox.balance(), qint64(5000000));

    // Looking still works.
    const Run pending = cli({ QStringLiteral("--json"), QStringLiteral("pending") }, db);
    QVERIFY2(pending.exitCode == 0, pending.err.constData());
    QCOMPARE(pending.json().value(QStringLiteral("count")).toInt(), 2);
    if (::geteuid() != 0) {
        QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void TestCliJournal::fullDiskIsToldAndNothingSent()
{
    if (::geteuid() != 0)
        QSKIP("making a small file system needs root (mount -t tmpfs)");
    const QString mountPoint = m_dir.filePath(QStringLiteral("small-%1").arg(m_case));
    QVERIFY(QDir().mkpath(mountPoint));
    QString output;
    if (!runTool(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=1m"),
                QStringLiteral("tmpfs"), mountPoint },
            &output))
        QSKIP(qPrintable(QStringLiteral("mount -t tmpfs is not permitted here: %1").arg(output.trimmed())));
    m_mounts << mountPoint;
    const QString db = QDir(mountPoint).filePath(QStringLiteral("journal.sqlite"));
    const QStringList reqIds = addPendingRows(db, 3);
    QCOMPARE(reqIds.size(), 3);
    {
        // Fill the rest of the file system.
        QFile filler(QDir(mountPoint).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }

    const Run pay = cli({ QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
                            QStringLiteral("50000") },
        db);
    QCOMPARE(pay.exitCode, 4);
    QVERIFY2(pay.err.contains("full"), pay.err.constData());
    QVERIFY2(!pay.err.contains("damaged") && !pay.err.contains("integrity"), pay.err.constData());
    const Run recover = cli({ QStringLiteral("recover") }, db);
    QCOMPARE(recover.exitCode, 4);
    QVERIFY2(recover.err.contains("full"), recover.err.constData());
    for (const QString &reqId : reqIds)
        QCOMPARE(m_sandbox.receivedCount(reqId), 0);
    QCOMPARE(m_sandbox.balance(), qint64(5000000));
    // Looking still works.
    const Run pending = cli({ QStringLiteral("--json"), QStringLiteral("pending") }, db);
    QVERIFY2(pending.exitCode == 0, pending.err.constData());
    QCOMPARE(pending.json().value(QStringLiteral("count")).toInt(), 3);

    // Space again: the same rows are recovered.
    QVERIFY(QFile::remove(QDir(mountPoint).filePath(QStringLiteral("filler"))));
    const Run again = cli({ QStringLiteral("recover") }, db);
    QCOMPARE(again.exitCode, 0);
    for (const QString &reqId : reqIds)
        QCOMPARE(m_sandbox.receivedCount(reqId), 1);
}

void TestCliJournal::unreadableJournalIsAPermissionProblem()
{
    if (::geteuid() != 0)
        QSKIP("needs root to run the tool as another user (setpriv)");
    addPendingRows(m_db, 1);
    // The journal stays root's (0600); the tool runs as nobody.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KASIR_DB"), m_db);
    env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/tmp"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("setpriv"),
        { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
            qEnvironmentVariable("KASIR_CLI_BIN"), QStringLiteral("pending") });
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() == 127 || !err.contains("kasir-ewallet-cli:"))
        QSKIP(qPrintable(
            QStringLiteral("the tool cannot run as nobody here: %1").arg(QString::fromLocal8Bit(err))));
    QCOMPARE(p.exitCode(), 4);
    QVERIFY2(err.contains("ermission"), err.constData());
    QVERIFY2(!err.contains("damaged") && !err.contains("integrity"), err.constData());
}

void TestCliJournal::readOnlyFileAndFolderAreToldApart_data()
{
    QTest::addColumn<bool>("fileReadOnly");
    QTest::addColumn<QString>("message");
    QTest::newRow("read-only file") << true << QStringLiteral("The file is read-only");
    QTest::newRow("read-only folder") << false << QStringLiteral("folder is read-only");
}

void TestCliJournal::readOnlyFileAndFolderAreToldApart()
{
    QFETCH(bool, fileReadOnly);
    QFETCH(QString, message);
    if (::geteuid() != 0)
        QSKIP("needs root to prepare files for another user and run the tool as that user (setpriv)");
    // A folder nobody can enter; the journal nobody's, in a folder nobody may or may not write.
    QTemporaryDir base(QDir::temp().filePath(QStringLiteral("kasir-ro-XXXXXX")));
    QVERIFY(base.isValid());
    QVERIFY(::chmod(QFile::encodeName(base.path()).constData(), 0755) == 0);
    const QString folder = base.filePath(QStringLiteral("data"));
    const QString config = base.filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(config));
    const QString db = folder + QStringLiteral("/journal.sqlite");
    const QStringList reqIds = addPendingRows(db, 1);
    QCOMPARE(reqIds.size(), 1);
    const QByteArray nobody = "65534";
    for (const QString &path : { db, config, fileReadOnly ? folder : QString() }) {
        if (!path.isEmpty())
            QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
    }
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(db).constData(), fileReadOnly ? 0400 : 0600) == 0);

    auto asNobody = [&](const QStringList &args, QByteArray *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KASIR_DB"), db);
        env.insert(QStringLiteral("KASIR_API_KEY"), m_sandbox.apiKey());
        env.insert(QStringLiteral("HOME"), config);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("setpriv"),
            QStringList { QStringLiteral("--reuid=") + QString::fromLatin1(nobody),
                QStringLiteral("--regid=") + QString::fromLatin1(nobody), QStringLiteral("--clear-groups"),
                qEnvironmentVariable("KASIR_CLI_BIN"), QStringLiteral("--base-url"),
                m_sandbox.baseUrl().toString() }
                + args);
        p.waitForFinished(30000);
        *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray err;
    const int code = asNobody({ QStringLiteral("recover") }, &err);
    if (!err.contains("kasir-ewallet-cli:"))
        QSKIP(qPrintable(
            QStringLiteral("the tool cannot run as nobody here: %1").arg(QString::fromLocal8Bit(err))));
    QCOMPARE(code, 4);
    QVERIFY2(QString::fromUtf8(err).contains(message), err.constData());
    QVERIFY2(!err.contains("damaged") && !err.contains("integrity"), err.constData());
    QCOMPARE(m_sandbox.receivedCount(reqIds.first()), 0);
    // Looking still works.
    QCOMPARE(asNobody({ QStringLiteral("pending") }, &err), 0);
}

void TestCliJournal::readCommandsNeverCreateAJournal_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("pending") << QStringList { QStringLiteral("pending") };
    QTest::newRow("pending --json") << QStringList { QStringLiteral("--json"), QStringLiteral("pending") };
    QTest::newRow("history") << QStringList { QStringLiteral("history") };
    QTest::newRow("show") << QStringList { QStringLiteral("show"), QStringLiteral("K01-20261124-0001") };
}

void TestCliJournal::readCommandsNeverCreateAJournal()
{
    QFETCH(QStringList, args);
    const QString typo = m_dir.filePath(QStringLiteral("case-%1/jurnal.sqlite").arg(m_case));
    const Run r = cli(args, typo);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("no journal at ") + typo), r.err.constData());
    QVERIFY(!QFileInfo::exists(typo));
    QVERIFY(!QFileInfo::exists(QFileInfo(typo).absolutePath()));
}

void TestCliJournal::vanishedJournalIsRefused_data()
{
    QTest::addColumn<bool>("truncate");
    QTest::newRow("deleted") << false;
    QTest::newRow("0 bytes") << true;
}

void TestCliJournal::vanishedJournalIsRefused()
{
    QFETCH(bool, truncate);
    const QStringList pay { QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789"), QStringLiteral("50000") };
    QCOMPARE(cli(pay).exitCode, 0);
    QCOMPARE(cli(pay + QStringList { QStringLiteral("--allow-duplicate") }).exitCode, 0);
    const qint64 balance = m_sandbox.balance();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(m_db + suffix);
    if (truncate) {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    for (const QStringList &args : { QStringList { QStringLiteral("pending") },
             QStringList { QStringLiteral("history") }, QStringList { QStringLiteral("recover") }, pay }) {
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(truncate ? "is empty (0 bytes)" : "is missing"), r.err.constData());
        QVERIFY2(r.err.contains("journal init --fresh"), r.err.constData());
    }
    QCOMPARE(m_sandbox.balance(), balance);
    QCOMPARE(QFileInfo(m_db).exists(), truncate);
    if (truncate)
        QCOMPARE(QFileInfo(m_db).size(), 0);

    // A deliberate fresh start; the old file is kept aside.
    QCOMPARE(cli({ QStringLiteral("journal"), QStringLiteral("init") }).exitCode, 2);
    const Run fresh = cli({ QStringLiteral("journal"), QStringLiteral("init"), QStringLiteral("--fresh") });
    QVERIFY2(fresh.exitCode == 0, fresh.err.constData());
    QVERIFY(QFileInfo(m_db).size() > 0);
    const Run pending = cli({ QStringLiteral("--json"), QStringLiteral("pending") });
    QCOMPARE(pending.exitCode, 0);
    QCOMPARE(pending.json().value(QStringLiteral("count")).toInt(), 0);
    QCOMPARE(cli(pay).exitCode, 0);
}

void TestCliJournal::replacedJournalIsRefusedUntilAdopted()
{
    const QStringList pay { QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("OVO"),
        QStringLiteral("08123456789"), QStringLiteral("20000") };
    QCOMPARE(cli(pay).exitCode, 0);
    // Another journal (made elsewhere) copied over this one.
    const QString other = m_dir.filePath(QStringLiteral("other-%1.sqlite").arg(m_case));
    addPendingRows(other, 1);
    QVERIFY(QFile::remove(m_db));
    QVERIFY(QFile::copy(other, m_db));

    const Run pending = cli({ QStringLiteral("pending") });
    QCOMPARE(pending.exitCode, 4);
    QVERIFY2(pending.err.contains("replaced"), pending.err.constData());
    const Run recover = cli({ QStringLiteral("recover") });
    QCOMPARE(recover.exitCode, 4);
    QCOMPARE(m_sandbox.ledger().value(QStringLiteral("requests")).toObject().size(), 1);

    const Run adopt = cli({ QStringLiteral("journal"), QStringLiteral("adopt") });
    QVERIFY2(adopt.exitCode == 0, adopt.err.constData());
    const Run after = cli({ QStringLiteral("--json"), QStringLiteral("pending") });
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.json().value(QStringLiteral("count")).toInt(), 1);
}

void TestCliJournal::damagedJournalIsAnErrorEverywhere()
{
    addPendingRows(m_db, 40);
    QCOMPARE(cli({ QStringLiteral("--json"), QStringLiteral("pending") })
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
        40);
    {
        // Garbage over every page but the first: the schema is readable, the rows are not.
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 3 * 4096);
        QVERIFY(f.seek(4096));
        QByteArray junk(int(size - 4096), '\0');
        QRandomGenerator rng(7);
        for (char &c : junk)
            c = char(rng.bounded(256));
        QCOMPARE(f.write(junk), qint64(junk.size()));
    }
    const QByteArray before = [&] {
        QFile f(m_db);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    for (const QStringList &args : { QStringList { QStringLiteral("--json"), QStringLiteral("pending") },
             QStringList { QStringLiteral("pending") }, QStringList { QStringLiteral("history") },
             QStringList { QStringLiteral("show"), QStringLiteral("K01-20261124-0001") },
             QStringList { QStringLiteral("recover") } }) {
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 4,
            qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.err.contains("damaged") || r.err.contains("integrity"), r.err.constData());
        QVERIFY2(!r.out.contains("\"count\":0"), r.out.constData());
    }
    QFile f(m_db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // never modified
    QCOMPARE(m_sandbox.ledger().value(QStringLiteral("requests")).toObject().size(), 0);
}

void TestCliJournal::backupOnlyAfterTheFullCheck()
{
    const QStringList reqIds = addPendingRows(m_db, 30);
    QCOMPARE(reqIds.size(), 30);
    const QString copy = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(m_case));
    const Run backup = cli({ QStringLiteral("journal"), QStringLiteral("backup"), copy });
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QCOMPARE(fileMode(copy), 0600);
    {
        ReceiptStore original(m_db);
        ReceiptStore copied(copy);
        JournalOpenOptions readOnly;
        readOnly.readOnly = true;
        QVERIFY(original.open(readOnly));
        QVERIFY(copied.open(readOnly));
        QCOMPARE(copied.journalId(), original.journalId());
        QCOMPARE(copied.unresolvedCount(), 30);
    }
    // Never over an existing file.
    QCOMPARE(cli({ QStringLiteral("journal"), QStringLiteral("backup"), copy }).exitCode, 4);

    // A damaged journal is not copied.
    {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() - 2 * 4096));
        QByteArray junk(4096, '\x5a');
        QCOMPARE(f.write(junk), qint64(junk.size()));
    }
    const QString second = m_dir.filePath(QStringLiteral("backup-%1-b.sqlite").arg(m_case));
    const Run refused = cli({ QStringLiteral("journal"), QStringLiteral("backup"), second });
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(
        refused.err.contains("integrity check") || refused.err.contains("damaged"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(second));
}

void TestCliJournal::journalFilesArePrivate()
{
    const QString folder = m_dir.filePath(QStringLiteral("case-%1/data/kasir").arg(m_case));
    const QString db = folder + QStringLiteral("/journal.sqlite");
    const Run r = cli({ QStringLiteral("pay"), QStringLiteral("DANA"), QStringLiteral("08123456789"),
                          QStringLiteral("25000") },
        db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileMode(folder), 0700);
    QCOMPARE(fileMode(QFileInfo(folder).absolutePath()), 0700);
    QCOMPARE(fileMode(db), 0600);
    // While open, the -wal and -shm files are the owner's only as well.
    ReceiptStore store(db);
    QVERIFY(store.open());
    QCOMPARE(fileMode(db + QStringLiteral("-wal")), 0600);
    QCOMPARE(fileMode(db + QStringLiteral("-shm")), 0600);

    // A journal made by an older version with wider modes is narrowed when opened for writing.
    store.close();
    QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
    QCOMPARE(cli({ QStringLiteral("recover") }, db).exitCode, 0);
    QCOMPARE(fileMode(db), 0600);
}

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_cli_journal.moc"
