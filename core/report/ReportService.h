#pragma once

#include "report/CloseRecord.h"
#include "report/DailySeries.h"
#include "report/DayCloser.h"
#include "report/DepositStatementLine.h"
#include "report/FlaggedSaleResolver.h"
#include "report/ReportFigures.h"

#include <QObject>
#include <QThread>

namespace Kasir {

class Clock;

// The manager page's reports without blocking the window: every query, close and resolution
// runs on a thread of its own with its own connection to the journal (one connection per
// thread), and the answers come back as signals on the caller's thread. Each request returns
// a number that its answer carries, so a page can drop answers it no longer waits for.
class ReportService : public QObject
{
    Q_OBJECT
public:
    ReportService(const QString &journalPath, const QString &terminalId, Clock *clock = nullptr,
        QObject *parent = nullptr);
    ~ReportService() override; // waits for the running request, then stops the thread

    QString terminalId() const { return m_terminalId; }

    int requestFigures(const ReportPeriod &period);
    int requestSeries(const ReportPeriod &period);
    int requestStatement(const ReportPeriod &period);
    int requestClose(const CloseRequest &request);
    int requestResolve(const ResolveRequest &request);
    int requestCloses();

signals:
    void figuresReady(int request, const Kasir::ReportFigures &figures);
    void seriesReady(int request, const Kasir::DailySeries &series);
    void statementReady(int request, const QList<Kasir::DepositStatementLine> &lines);
    void closeFinished(int request, const Kasir::CloseResult &result);
    void resolveFinished(int request, const Kasir::ResolveResult &result);
    void closesReady(int request, const QList<Kasir::CloseRecord> &closes);
    void failed(int request, const QString &error);

private:
    class Worker;
    template <typename Fn> int post(Fn &&fn);

    QString m_terminalId;
    QThread m_thread;
    Worker *m_worker;
    int m_next = 0;
};

} // namespace Kasir
