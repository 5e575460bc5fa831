#include "report/ReportService.h"

#include "clock/Clock.h"
#include "report/ReportQuery.h"
#include "store/ReceiptStore.h"

#include <QPointer>

#include <memory>
#include <utility>

namespace Kasir {

// Lives on the report thread; owns the journal connection of that thread.
class ReportService::Worker : public QObject
{
public:
    Worker(QString path, Clock *clock)
        : m_path(std::move(path))
        , m_clock(clock)
    { }

    // Opened on first use, on the report thread.
    ReceiptStore *store(QString *error)
    {
        if (!m_store) {
            m_store = std::make_unique<ReceiptStore>(m_path, m_clock);
            m_store->open();
        }
        if (!m_store->isOpen()) {
            *error = m_store->lastError();
            return nullptr;
        }
        return m_store.get();
    }
    ReportQuery query() const
    {
        return ReportQuery(QSqlDatabase::database(m_store->connectionName(), false));
    }
    void closeStore() { m_store.reset(); }

    QString m_path;
    Clock *m_clock;
    std::unique_ptr<ReceiptStore> m_store;
};

ReportService::ReportService(
    const QString &journalPath, const QString &terminalId, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_terminalId(terminalId)
    , m_worker(new Worker(journalPath, clock ? clock : SystemClock::instance()))
{
    m_thread.setObjectName(QStringLiteral("kasir-reports"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

ReportService::~ReportService()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->closeStore(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

template <typename Fn> int ReportService::post(Fn &&fn)
{
    const int id = ++m_next;
    QPointer<ReportService> self(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [self, worker, id, fn = std::forward<Fn>(fn)]() mutable {
            QString error;
            ReceiptStore *store = worker->store(&error);
            // Back on the caller's thread: the answer, or why there is none.
            auto answer = [self, id](auto emitter) {
                if (!self)
                    return;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, id, emitter] {
                        if (self)
                            emitter(self.data(), id);
                    },
                    Qt::QueuedConnection);
            };
            if (!store) {
                answer([error](ReportService *s, int i) { emit s->failed(i, error); });
                return;
            }
            fn(worker, store, std::move(answer));
        },
        Qt::QueuedConnection);
    return id;
}

int ReportService::requestFigures(const ReportPeriod &period)
{
    return post([period](Worker *w, ReceiptStore *, auto answer) {
        const ReportQuery q = w->query();
        const auto f = q.figures(period);
        if (f)
            answer([f = *f](ReportService *s, int i) { emit s->figuresReady(i, f); });
        else
            answer([e = q.lastError()](ReportService *s, int i) { emit s->failed(i, e); });
    });
}

int ReportService::requestSeries(const ReportPeriod &period)
{
    return post([period](Worker *w, ReceiptStore *, auto answer) {
        const ReportQuery q = w->query();
        const auto series = q.daily(period);
        if (series)
            answer([d = *series](ReportService *s, int i) { emit s->seriesReady(i, d); });
        else
            answer([e = q.lastError()](ReportService *s, int i) { emit s->failed(i, e); });
    });
}

int ReportService::requestStatement(const ReportPeriod &period)
{
    return post([period](Worker *w, ReceiptStore *, auto answer) {
        const ReportQuery q = w->query();
        const auto lines = q.depositStatement(SaleScope::period(period));
        if (lines)
            answer([l = *lines](ReportService *s, int i) { emit s->statementReady(i, l); });
        else
            answer([e = q.lastError()](ReportService *s, int i) { emit s->failed(i, e); });
    });
}

int ReportService::requestClose(const CloseRequest &request)
{
    return post([request](Worker *w, ReceiptStore *store, auto answer) {
        const CloseResult r = DayCloser(store, w->m_clock).close(request);
        answer([r](ReportService *s, int i) { emit s->closeFinished(i, r); });
    });
}

int ReportService::requestResolve(const ResolveRequest &request)
{
    return post([request](Worker *w, ReceiptStore *store, auto answer) {
        const ResolveResult r = FlaggedSaleResolver(store, w->m_clock).resolve(request);
        answer([r](ReportService *s, int i) { emit s->resolveFinished(i, r); });
    });
}

int ReportService::requestCloses()
{
    const QString terminal = m_terminalId;
    return post([terminal](Worker *w, ReceiptStore *store, auto answer) {
        const QList<CloseRecord> closes = DayCloser(store, w->m_clock).list(terminal);
        answer([closes](ReportService *s, int i) { emit s->closesReady(i, closes); });
    });
}

} // namespace Kasir
